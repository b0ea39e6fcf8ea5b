package org.verbund.core.network.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.CoordinationBodyJoinedEvent;
import org.verbund.core.network.api.CoordinationBodyLeftEvent;
import org.verbund.core.network.api.FindOrganisationQuery;
import org.verbund.core.network.api.FindOrganisationsQuery;
import org.verbund.core.network.api.OrganisationDeactivatedEvent;
import org.verbund.core.network.api.OrganisationKindChangedEvent;
import org.verbund.core.network.api.OrganisationRegisteredEvent;
import org.verbund.core.network.api.OrganisationRenamedEvent;
import org.verbund.core.network.api.OrganisationSummary;
import org.verbund.core.readmodel.ReadModels;
import org.verbund.core.readmodel.SequencedDocuments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The organisations read model: one document per organisation in {@code organisations}, keyed by its id. The whole
 * registry is listed by scanning that collection, which holds one document per member of the network (dozens).
 * Idempotent through the read models' one guard ({@link SequencedDocuments}): an event whose sequence number the
 * document has already seen changes nothing.
 */
@Component
@ProcessingGroup(OrganisationsProjection.GROUP)
class OrganisationsProjection {

    static final String GROUP = "organisations";
    static final String COLLECTION = "organisations";

    private final SequencedDocuments<OrganisationDocument> organisations;
    private final QueryUpdateEmitter updates;

    OrganisationsProjection(@ReadModels MongoDatabase verbundDatabase, QueryUpdateEmitter updates) {
        this.organisations = new SequencedDocuments<>(verbundDatabase.getCollection(COLLECTION),
                                                      OrganisationDocument.class);
        this.updates = updates;
    }

    @EventHandler
    void on(OrganisationRegisteredEvent event, @SequenceNumber long sequence) {
        organisations.replace(event.organisationId().value(), sequence, () -> OrganisationDocument.registered(event))
                     .ifPresent(document -> emit(event.organisationId(), document));
    }

    @EventHandler
    void on(OrganisationRenamedEvent event, @SequenceNumber long sequence) {
        change(event.organisationId(), sequence, document -> {
            document.name = event.name();
            document.shortName = event.shortName();
        });
    }

    @EventHandler
    void on(OrganisationKindChangedEvent event, @SequenceNumber long sequence) {
        change(event.organisationId(), sequence, document -> document.kind = event.kind());
    }

    @EventHandler
    void on(CoordinationBodyJoinedEvent event, @SequenceNumber long sequence) {
        change(event.organisationId(), sequence,
               document -> document.coordinationBodies.add(event.coordinationBodyId()));
    }

    @EventHandler
    void on(CoordinationBodyLeftEvent event, @SequenceNumber long sequence) {
        change(event.organisationId(), sequence,
               document -> document.coordinationBodies.remove(event.coordinationBodyId()));
    }

    @EventHandler
    void on(OrganisationDeactivatedEvent event, @SequenceNumber long sequence) {
        change(event.organisationId(), sequence, document -> document.active = false);
    }

    @ResetHandler
    void reset() {
        organisations.deleteAll();
    }

    @QueryHandler
    List<OrganisationSummary> handle(FindOrganisationsQuery query) {
        List<OrganisationSummary> all = new ArrayList<>();
        organisations.allById().forEach((id, document) -> all.add(document.answer(new OrganisationId(id))));
        all.sort(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    @QueryHandler
    OrganisationSummary handle(FindOrganisationQuery query) {
        return organisations.find(query.organisationId().value())
                            .map(document -> document.answer(query.organisationId())).orElse(null);
    }

    private void change(OrganisationId id, long sequence, Consumer<OrganisationDocument> change) {
        organisations.change(id.value(), sequence, change).ifPresent(document -> emit(id, document));
    }

    private void emit(OrganisationId id, OrganisationDocument document) {
        OrganisationSummary summary = document.answer(id);
        updates.emit(FindOrganisationQuery.class, query -> query.organisationId().equals(id), summary);
        updates.emit(FindOrganisationsQuery.class, query -> true, summary);
    }
}

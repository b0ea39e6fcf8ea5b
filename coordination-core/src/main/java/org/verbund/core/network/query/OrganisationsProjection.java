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
import org.verbund.core.readmodel.JsonDocuments;
import org.verbund.core.network.api.CoordinationBodyJoinedEvent;
import org.verbund.core.network.api.CoordinationBodyLeftEvent;
import org.verbund.core.network.api.FindOrganisationQuery;
import org.verbund.core.network.api.FindOrganisationsQuery;
import org.verbund.core.network.api.OrganisationDeactivatedEvent;
import org.verbund.core.network.api.OrganisationKindChangedEvent;
import org.verbund.core.network.api.OrganisationRegisteredEvent;
import org.verbund.core.network.api.OrganisationRenamedEvent;
import org.verbund.core.network.api.OrganisationSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The organisations read model: one document per organisation in {@code organisations}, keyed by its id. The whole
 * registry is listed by scanning that collection, which holds one document per member of the network (dozens).
 * Idempotent: an event whose sequence number the document has already seen changes nothing.
 */
@Component
@ProcessingGroup(OrganisationsProjection.GROUP)
class OrganisationsProjection {

    static final String GROUP = "organisations";
    static final String COLLECTION = "organisations";

    private final JsonDocuments<OrganisationDocument> organisations;
    private final QueryUpdateEmitter updates;

    OrganisationsProjection(MongoDatabase verbundDatabase, QueryUpdateEmitter updates) {
        this.organisations = new JsonDocuments<>(verbundDatabase.getCollection(COLLECTION), OrganisationDocument.class);
        this.updates = updates;
    }

    @EventHandler
    void on(OrganisationRegisteredEvent event, @SequenceNumber long sequence) {
        if (organisations.find(event.organisationId().value()).isEmpty()) {
            store(event.organisationId(), new OrganisationDocument(event.name(), event.shortName(), event.kind(), true,
                                                                   List.of(), event.effectiveOn(), sequence));
        }
    }

    @EventHandler
    void on(OrganisationRenamedEvent event, @SequenceNumber long sequence) {
        change(event.organisationId(), sequence, document -> document.renamed(event.name(), event.shortName(), sequence));
    }

    @EventHandler
    void on(OrganisationKindChangedEvent event, @SequenceNumber long sequence) {
        change(event.organisationId(), sequence, document -> document.ofKind(event.kind(), sequence));
    }

    @EventHandler
    void on(CoordinationBodyJoinedEvent event, @SequenceNumber long sequence) {
        change(event.organisationId(), sequence, document -> document.joined(event.coordinationBodyId(), sequence));
    }

    @EventHandler
    void on(CoordinationBodyLeftEvent event, @SequenceNumber long sequence) {
        change(event.organisationId(), sequence, document -> document.left(event.coordinationBodyId(), sequence));
    }

    @EventHandler
    void on(OrganisationDeactivatedEvent event, @SequenceNumber long sequence) {
        change(event.organisationId(), sequence, document -> document.deactivated(sequence));
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

    private void change(OrganisationId id, long sequence, UnaryOperator<OrganisationDocument> change) {
        organisations.find(id.value())
                     .filter(document -> document.version() < sequence) // else applied before
                     .ifPresent(document -> store(id, change.apply(document)));
    }

    private void store(OrganisationId id, OrganisationDocument document) {
        organisations.save(id.value(), document);
        OrganisationSummary summary = document.answer(id);
        updates.emit(FindOrganisationQuery.class, query -> query.organisationId().equals(id), summary);
        updates.emit(FindOrganisationsQuery.class, query -> true, summary);
    }
}

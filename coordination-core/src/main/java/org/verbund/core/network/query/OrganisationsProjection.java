package org.verbund.core.network.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.CoordinationBodyJoinedEvent;
import org.verbund.core.network.api.CoordinationBodyLeftEvent;
import org.verbund.core.network.api.FindOrganisationQuery;
import org.verbund.core.network.api.FindOrganisationsQuery;
import org.verbund.core.network.api.OrganisationDeactivatedEvent;
import org.verbund.core.network.api.OrganisationKind;
import org.verbund.core.network.api.OrganisationKindChangedEvent;
import org.verbund.core.network.api.OrganisationRegisteredEvent;
import org.verbund.core.network.api.OrganisationRenamedEvent;
import org.verbund.core.network.api.OrganisationSummary;

import java.time.LocalDate;
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

    private final MongoCollection<Document> organisations;
    private final QueryUpdateEmitter updates;

    public OrganisationsProjection(MongoDatabase verbundDatabase, QueryUpdateEmitter updates) {
        this.organisations = verbundDatabase.getCollection(COLLECTION);
        this.updates = updates;
    }

    @EventHandler
    void on(OrganisationRegisteredEvent event, @SequenceNumber long sequence) {
        if (organisations.find(Filters.eq("_id", event.organisationId().value())).first() != null) {
            return;
        }
        store(new OrganisationSummary(event.organisationId(), event.name(), event.shortName(), event.kind(), true,
                                      List.of(), event.effectiveOn(), sequence));
    }

    @EventHandler
    void on(OrganisationRenamedEvent event, @SequenceNumber long sequence) {
        change(event.organisationId(), sequence, summary -> new OrganisationSummary(
                summary.id(), event.name(), event.shortName(), summary.kind(), summary.active(),
                summary.coordinationBodies(), summary.registeredOn(), sequence));
    }

    @EventHandler
    void on(OrganisationKindChangedEvent event, @SequenceNumber long sequence) {
        change(event.organisationId(), sequence, summary -> new OrganisationSummary(
                summary.id(), summary.name(), summary.shortName(), event.kind(), summary.active(),
                summary.coordinationBodies(), summary.registeredOn(), sequence));
    }

    @EventHandler
    void on(CoordinationBodyJoinedEvent event, @SequenceNumber long sequence) {
        change(event.organisationId(), sequence, summary -> {
            List<OrganisationId> bodies = new ArrayList<>(summary.coordinationBodies());
            bodies.add(event.coordinationBodyId());
            return new OrganisationSummary(summary.id(), summary.name(), summary.shortName(), summary.kind(),
                                           summary.active(), bodies, summary.registeredOn(), sequence);
        });
    }

    @EventHandler
    void on(CoordinationBodyLeftEvent event, @SequenceNumber long sequence) {
        change(event.organisationId(), sequence, summary -> {
            List<OrganisationId> bodies = new ArrayList<>(summary.coordinationBodies());
            bodies.remove(event.coordinationBodyId());
            return new OrganisationSummary(summary.id(), summary.name(), summary.shortName(), summary.kind(),
                                           summary.active(), bodies, summary.registeredOn(), sequence);
        });
    }

    @EventHandler
    void on(OrganisationDeactivatedEvent event, @SequenceNumber long sequence) {
        change(event.organisationId(), sequence, summary -> new OrganisationSummary(
                summary.id(), summary.name(), summary.shortName(), summary.kind(), false,
                summary.coordinationBodies(), summary.registeredOn(), sequence));
    }

    @ResetHandler
    void reset() {
        organisations.deleteMany(new Document());
    }

    @QueryHandler
    public List<OrganisationSummary> handle(FindOrganisationsQuery query) {
        List<OrganisationSummary> all = new ArrayList<>();
        organisations.find().forEach(document -> all.add(toSummary(document)));
        all.sort(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER));
        return all;
    }

    @QueryHandler
    public OrganisationSummary handle(FindOrganisationQuery query) {
        Document document = organisations.find(Filters.eq("_id", query.organisationId().value())).first();
        return document == null ? null : toSummary(document);
    }

    private void change(OrganisationId id, long sequence, UnaryOperator<OrganisationSummary> change) {
        Document document = organisations.find(Filters.eq("_id", id.value())).first();
        if (document == null || document.get("version", Number.class).longValue() >= sequence) {
            return; // applied before
        }
        store(change.apply(toSummary(document)));
    }

    private void store(OrganisationSummary summary) {
        Document document = new Document("_id", summary.id().value())
                .append("name", summary.name())
                .append("shortName", summary.shortName())
                .append("kind", summary.kind().name())
                .append("active", summary.active())
                .append("coordinationBodies", summary.coordinationBodies().stream().map(OrganisationId::value).toList())
                .append("registeredOn", summary.registeredOn() == null ? null : summary.registeredOn().toString())
                .append("version", summary.version());
        organisations.replaceOne(Filters.eq("_id", summary.id().value()), document, new ReplaceOptions().upsert(true));
        updates.emit(FindOrganisationQuery.class, query -> query.organisationId().equals(summary.id()), summary);
        updates.emit(FindOrganisationsQuery.class, query -> true, summary);
    }

    private static OrganisationSummary toSummary(Document document) {
        String registeredOn = document.getString("registeredOn");
        return new OrganisationSummary(
                new OrganisationId(document.getString("_id")), document.getString("name"),
                document.getString("shortName"), OrganisationKind.valueOf(document.getString("kind")),
                document.getBoolean("active"),
                document.getList("coordinationBodies", String.class).stream().map(OrganisationId::new).toList(),
                registeredOn == null ? null : LocalDate.parse(registeredOn),
                document.get("version", Number.class).longValue());
    }
}

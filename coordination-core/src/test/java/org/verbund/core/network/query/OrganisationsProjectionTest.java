package org.verbund.core.network.query;

import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EmbeddedMongoServer;
import org.verbund.core.network.OrganisationFixture;
import org.verbund.core.network.api.CoordinationBodyJoinedEvent;
import org.verbund.core.network.api.FindOrganisationQuery;
import org.verbund.core.network.api.FindOrganisationsQuery;
import org.verbund.core.network.api.OrganisationDeactivatedEvent;
import org.verbund.core.network.api.OrganisationRenamedEvent;
import org.verbund.core.network.api.OrganisationSummary;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.core.network.OrganisationFixture.CARITAS;
import static org.verbund.core.network.OrganisationFixture.COORDINATION_GROUP;
import static org.verbund.core.network.OrganisationFixture.caritasRegistered;
import static org.verbund.core.network.OrganisationFixture.coordinationGroupRegistered;

/** The organisations read model on the embedded store, fed events the way a processor feeds them. */
class OrganisationsProjectionTest {

    private static final LocalDate LATER = LocalDate.of(2017, 4, 27);

    private EmbeddedMongoServer server;
    private MongoClient client;
    private OrganisationsProjection projection;

    @BeforeEach
    void setUp() {
        server = EmbeddedMongoServer.inMemory();
        client = server.newClient();
        projection = new OrganisationsProjection(client.getDatabase("projection-test"),
                                                 SimpleQueryUpdateEmitter.builder().build());
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.close();
    }

    @Test
    void keepsOneSummaryPerOrganisationAndIgnoresEventsSeenBefore() throws Exception {
        apply(caritasRegistered(), 0);
        apply(coordinationGroupRegistered(), 0);
        apply(new OrganisationRenamedEvent(CARITAS, "Caritas Dortmund e.V.", "Caritas", LATER), 1);
        apply(new CoordinationBodyJoinedEvent(CARITAS, COORDINATION_GROUP, LATER), 2);
        // delivered again, as after a restart between handling and storing the token
        apply(new CoordinationBodyJoinedEvent(CARITAS, COORDINATION_GROUP, LATER), 2);
        apply(new OrganisationRenamedEvent(CARITAS, "Caritas Dortmund e.V.", "Caritas", LATER), 1);

        OrganisationSummary caritas = projection.handle(new FindOrganisationQuery(CARITAS));
        assertThat(caritas.name()).isEqualTo("Caritas Dortmund e.V.");
        assertThat(caritas.shortName()).isEqualTo("Caritas");
        assertThat(caritas.coordinationBodies()).containsExactly(COORDINATION_GROUP);
        assertThat(caritas.version()).isEqualTo(2);
        assertThat(caritas.registeredOn()).isEqualTo(OrganisationFixture.REGISTERED_ON);
        assertThat(projection.handle(new FindOrganisationsQuery())).extracting(OrganisationSummary::name)
                .containsExactly("Caritas Dortmund e.V.", "Koordinierungsgruppe Neuzuwanderung");
        assertThat(projection.handle(new FindOrganisationQuery(new org.verbund.core.kernel.OrganisationId("none"))))
                .isNull();

        apply(new OrganisationDeactivatedEvent(COORDINATION_GROUP, LATER), 1);
        assertThat(projection.handle(new FindOrganisationQuery(COORDINATION_GROUP)).active()).isFalse();
        assertThat(projection.handle(new FindOrganisationQuery(CARITAS)).active()).isTrue();
    }

    @Test
    void readsTheOrganisationsTheEarlierProjectionStoredAndKeepsGuardingThem() throws Exception {
        // as the projection stored its record documents before it kept them through the core guard
        client.getDatabase("projection-test").getCollection(OrganisationsProjection.COLLECTION)
              .insertOne(Document.parse("""
                {"_id": "caritas-dortmund", "name": "Caritasverband Dortmund", "shortName": "CV",
                 "kind": "NON_PROFIT_CARRIER", "active": true, "coordinationBodies": [],
                 "registeredOn": "2014-01-15", "version": 2}"""));

        apply(new OrganisationRenamedEvent(CARITAS, "delivered again", "again", LATER), 2);
        assertThat(projection.handle(new FindOrganisationQuery(CARITAS)).name()).isEqualTo("Caritasverband Dortmund");

        apply(new OrganisationRenamedEvent(CARITAS, "Caritas Dortmund e.V.", "Caritas", LATER), 3);
        OrganisationSummary caritas = projection.handle(new FindOrganisationQuery(CARITAS));
        assertThat(caritas.name()).isEqualTo("Caritas Dortmund e.V.");
        assertThat(caritas.version()).isEqualTo(3);
        assertThat(caritas.registeredOn()).isEqualTo(OrganisationFixture.REGISTERED_ON);
    }

    /** Hands the event to the projection through Axon's handler adapter, as a processor does. */
    private void apply(Object event, long sequence) throws Exception {
        new AnnotationEventHandlerAdapter(projection).handle(
                new GenericDomainEventMessage<>("Organisation", "any-organisation", sequence, event));
    }
}

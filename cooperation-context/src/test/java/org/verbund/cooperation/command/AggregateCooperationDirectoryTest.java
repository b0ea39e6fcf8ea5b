package org.verbund.cooperation.command;

import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.verbund.cooperation.api.FundingApplicationRef;
import org.verbund.cooperation.api.VisitCancelledEvent;
import org.verbund.cooperation.api.VisitId;
import org.verbund.core.eventstore.AggregateReaders;
import org.verbund.core.eventstore.EmbeddedMongoServer;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.core.eventstore.MongoCommitEventStorageEngine;
import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.funding.api.FundingApplicationDraftedEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.LeadAttribution;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a funding application exists, read from its own event stream on the embedded store. */
class AggregateCooperationDirectoryTest {

    private static final LocalDate ON = LocalDate.of(2016, 1, 1);

    private final EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();
    private final MongoClient client = server.newClient();
    private final EmbeddedEventStore events = EmbeddedEventStore.builder().storageEngine(
            MongoCommitEventStorageEngine.builder().database(client.getDatabase("directory-test"))
                                         .eventSerializer(EventStoreConfiguration.jacksonSerializer())
                                         .snapshotSerializer(EventStoreConfiguration.jacksonSerializer())
                                         .build()).build();
    // partnerships and visits are read through AggregateReaders, whose configuration these tests do not need
    private final AggregateCooperationDirectory directory = new AggregateCooperationDirectory(
            new AggregateReaders(events, null), events);

    @AfterEach
    void tearDown() {
        events.shutDown();
        client.close();
        server.close();
    }

    @Test
    void aDraftedApplicationExists() {
        FundingApplicationId romact = new FundingApplicationId("report-2017-23");
        events.publish(new GenericDomainEventMessage<>("FundingApplication", romact.value(), 0,
                new FundingApplicationDraftedEvent(romact, new FundingProgrammeId("EU/ROMACT-Programm"),
                                                   "Transnationale Kooperation", new OrganisationId("isb"), List.of(),
                                                   Money.of("50000.00"), new Period(ON, ON.plusYears(1)),
                                                   FteShare.NONE, LeadAttribution.NONE, ON)));

        assertThat(directory.isFundingApplication(new FundingApplicationRef("report-2017-23"))).isTrue();
    }

    @Test
    void anIdWithoutADraftIsNoApplication() {
        events.publish(new GenericDomainEventMessage<>("Visit", "shared-id", 0,
                                                       new VisitCancelledEvent(new VisitId("shared-id"), ON)));

        assertThat(directory.isFundingApplication(new FundingApplicationRef("shared-id"))).isFalse();
        assertThat(directory.isFundingApplication(new FundingApplicationRef("no-such-application"))).isFalse();
    }
}

package org.verbund.core.eventstore;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.verbund.core.kernel.Role;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Axon, wired by our auto-configuration, on the embedded store: metadata, snapshots, upcasting, and tracking
 * processors that resume exactly and replay without repeating side effects.
 */
@SpringBootTest(classes = EventStoreAxonTest.LedgerApplication.class, properties = {
        "verbund.store.embedded-backend=memory",
        "verbund.event-store.snapshot-thresholds.Ledger=5",
        "axon.eventhandling.processors.ledger-balances.mode=tracking",
        "axon.eventhandling.processors.ledger-balances.batch-size=20",
})
class EventStoreAxonTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({Ledger.class, LedgerProjection.class, LedgerNotifier.class})
    static class LedgerApplication {

        @Bean
        EventUpcaster amountBookedUpcaster() {
            return new AmountBookedUpcaster();
        }
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MongoDatabase verbundDatabase;
    @Autowired
    LedgerNotifier notifier;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meterRegistry;

    @Test
    void everyEventCarriesTheCallersMetadataAndItsOrigin() {
        String ledger = newLedger();
        Caller caller = new Caller("person-7", "org-dez5", Role.COORDINATOR, "annual budget", "key-1", null);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new Ledger.BookAmountCommand(ledger, 1250))
                                                  .andMetaData(caller.metaData()));

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(ledger).asStream().toList();
        DomainEventMessage<?> booked = events.get(1);
        assertThat(booked.getMetaData())
                .containsEntry(EventMetadata.ACTOR_ID, "person-7")
                .containsEntry(EventMetadata.ORGANISATION_ID, "org-dez5")
                .containsEntry(EventMetadata.ROLE, "COORDINATOR")
                .containsEntry(EventMetadata.REASON, "annual budget")
                .containsEntry(EventMetadata.IDEMPOTENCY_KEY, "key-1")
                .containsKeys(EventMetadata.CORRELATION_ID, EventMetadata.CAUSATION_ID);
        assertThat(booked.getMetaData().get(EventMetadata.CORRELATION_ID))
                .isEqualTo(booked.getMetaData().get(EventMetadata.CAUSATION_ID))
                .as("a command from outside is both the cause and the start of its chain");
        assertThat(events.get(0).getMetaData()).as("a command that names nobody records nobody")
                                               .doesNotContainKey(EventMetadata.ACTOR_ID);
    }

    @Test
    void axonsMessageMonitorsReportToMicrometer() {
        commands.sendAndWait(new Ledger.BookAmountCommand(newLedger(), 1));

        assertThat(meterRegistry.getMeters()).extracting(meter -> meter.getId().getName())
                                             .anyMatch(name -> name.startsWith("eventStore"))
                                             .anyMatch(name -> name.startsWith("commandBus"));
    }

    @Test
    void aggregatesAreSnapshottedAtTheirThresholdAndLoadFromTheSnapshot() {
        String ledger = newLedger();
        long balance = 0;
        for (int booking = 1; booking <= 12; booking++) {
            balance = book(ledger, 100);
        }
        assertThat(balance).as("balance after twelve bookings").isEqualTo(1200);

        Document snapshot = verbundDatabase.getCollection(MongoCommitEventStorageEngine.SNAPSHOTS_COLLECTION)
                                           .find(Filters.eq("_id", ledger)).first();
        assertThat(snapshot).isNotNull();
        assertThat(snapshot.get("seq", Number.class).longValue()).isGreaterThanOrEqualTo(5L);
        assertThat(snapshot.getString("p")).contains("\"balanceCents\"");
        assertThat(eventStore.readEvents(ledger).asStream().findFirst().orElseThrow().getPayloadType())
                .isEqualTo(Ledger.class);
        long afterNextBooking = book(ledger, 100);
        assertThat(afterNextBooking).isEqualTo(1300);
    }

    @Test
    void storedEventsOfAnOldRevisionAreUpcastWhenRead() {
        String ledger = newLedger();
        eventStore.publish(new GenericDomainEventMessage<>("Ledger", ledger, 1, new AmountBookedV0Event(ledger, 700)));

        long balance = book(ledger, 1);
        assertThat(balance).isEqualTo(701);
        AmountBookedEvent upcast = (AmountBookedEvent) eventStore.readEvents(ledger).asStream().toList().get(1)
                                                                 .getPayload();
        assertThat(upcast).isEqualTo(new AmountBookedEvent(ledger, 700, "upcast"));
        await().atMost(Duration.ofSeconds(10))
               .untilAsserted(() -> assertThat(balanceOf(ledger)).isEqualTo(701));
    }

    @Test
    void aTrackingProcessorStoppedMidStreamResumesWithoutLosingOrRepeatingAnEvent() {
        TrackingEventProcessor processor = ledgerProcessor();
        List<String> ledgers = IntStream.range(0, 10).mapToObj(i -> newLedger()).toList();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (int round = 0; round < 40; round++) {
            for (String ledger : ledgers) {
                sent.add(commands.send(new Ledger.BookAmountCommand(ledger, 1)));
            }
        }
        // stop while the processor is in the middle of the stream, then let more events arrive
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveredCount() > 50);
        processor.shutDown();
        sent.forEach(CompletableFuture::join);
        for (String ledger : ledgers) {
            commands.sendAndWait(new Ledger.BookAmountCommand(ledger, 1));
        }
        processor.start();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String ledger : ledgers) {
                assertThat(balanceOf(ledger)).isEqualTo(41);
            }
        });
        assertThat(verbundDatabase.getCollection("ledger_deliveries")
                                  .countDocuments(Filters.ne("times", 1))).as("events delivered twice").isZero();
    }

    @Test
    void aReplayFromTheFirstEventRebuildsAnIdenticalReadModelWithoutRepeatingSideEffects() {
        List<String> ledgers = IntStream.range(0, 5).mapToObj(i -> newLedger()).toList();
        for (int round = 0; round < 6; round++) {
            for (String ledger : ledgers) {
                commands.sendAndWait(new Ledger.BookAmountCommand(ledger, round));
            }
        }
        await().atMost(Duration.ofSeconds(30))
               .untilAsserted(() -> assertThat(balanceOf(ledgers.get(4))).isEqualTo(15));
        TrackingEventProcessor processor = ledgerProcessor();
        await().atMost(Duration.ofSeconds(30)).until(() -> processor.processingStatus().values().stream()
                                                                    .allMatch(status -> status.isCaughtUp()));
        List<Document> before = readModel();
        int notificationsBefore = notifier.notificationsSent.get();

        processor.shutDown();
        processor.resetTokens();
        processor.start();

        // (the processor counts as replaying until the first event after the reset point arrives)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(readModel()).isEqualTo(before));
        assertThat(notifier.notificationsSent.get()).as("side effects during the replay")
                                                   .isEqualTo(notificationsBefore);
        assertThat(verbundDatabase.getCollection("ledger_deliveries")
                                  .countDocuments(Filters.ne("times", 1))).isZero();

        String afterReplay = newLedger();
        commands.sendAndWait(new Ledger.BookAmountCommand(afterReplay, 5));
        await().atMost(Duration.ofSeconds(10))
               .until(() -> notifier.notificationsSent.get() == notificationsBefore + 1);
    }

    /** Books an amount and returns the ledger's balance before it, which the command handler answers. */
    private long book(String ledger, long cents) {
        WriteReceipt receipt = commands.sendAndWait(new Ledger.BookAmountCommand(ledger, cents));
        return (Long) receipt.result();
    }

    private String newLedger() {
        String ledger = "ledger-" + UUID.randomUUID();
        commands.sendAndWait(new Ledger.OpenLedgerCommand(ledger, "Ledger " + ledger));
        return ledger;
    }

    private TrackingEventProcessor ledgerProcessor() {
        return processing.eventProcessor(LedgerProjection.GROUP, TrackingEventProcessor.class).orElseThrow();
    }

    private Long balanceOf(String ledger) {
        Document balance = verbundDatabase.getCollection("ledger_balances").find(Filters.eq("_id", ledger)).first();
        return balance == null ? null : balance.getLong("balanceCents");
    }

    private long deliveredCount() {
        return verbundDatabase.getCollection("ledger_deliveries").countDocuments();
    }

    private List<Document> readModel() {
        List<Document> documents = verbundDatabase.getCollection("ledger_balances").find().into(new ArrayList<>());
        documents.sort(java.util.Comparator.comparing(document -> document.getString("_id")));
        return documents;
    }
}

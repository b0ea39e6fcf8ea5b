package org.verbund.core.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verbund.core.audit.GlobalHistory;
import org.verbund.core.audit.api.NetworkHistoryEntry;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.core.eventstore.EmbeddedStoreFixture.booked;
import static org.verbund.core.eventstore.EmbeddedStoreFixture.newLedgerId;
import static org.verbund.core.eventstore.EmbeddedStoreFixture.notice;

/**
 * The auditors' global history on the real storage engine (here, beside the engine, for its stalled-writer seam):
 * every event in position order with its aggregate, sequence and metadata, and a history that only grows at its end,
 * so that a commit still in flight ends what is delivered instead of appearing later before what was read.
 */
class GlobalHistoryTest {

    @RegisterExtension
    static final EmbeddedStoreFixture store = new EmbeddedStoreFixture();

    @Test
    void readsEveryEventInPositionOrderWithItsAggregateAndMetadata() {
        MongoCommitEventStorageEngine engine = store.newEngine();
        String ledger = newLedgerId();
        engine.appendEvents(booked(ledger, 0, 100), booked(ledger, 1, 250));
        engine.appendEvents(notice("published on its own"));

        List<NetworkHistoryEntry> history = read(new GlobalHistory(engine), -1);

        assertThat(history).extracting(NetworkHistoryEntry::position).containsExactly(0L, 1L, 2L);
        assertThat(history).extracting(NetworkHistoryEntry::type)
                           .containsExactly("AmountBookedEvent", "AmountBookedEvent", "NoticePublishedEvent");
        assertThat(history.get(1).aggregateId()).isEqualTo(ledger);
        assertThat(history.get(1).sequence()).isOne();
        assertThat(history.get(1).metadata()).containsEntry(EventMetadata.ACTOR_ID, "tester");
        assertThat(history.get(2).aggregateId()).isNull();
        assertThat(history.get(2).sequence()).isEqualTo(-1);
        assertThat(history).extracting(NetworkHistoryEntry::revision).containsOnly("1");
        assertThat(history).extracting(NetworkHistoryEntry::readAsRevision).containsOnly("1");
        assertThat(read(new GlobalHistory(engine), 0)).extracting(NetworkHistoryEntry::position).containsExactly(1L, 2L);
        assertThat(read(new GlobalHistory(engine), 2)).isEmpty();
    }

    @Test
    void aCommitInFlightEndsTheHistoryUntilItIsStored() throws Exception {
        MongoDatabase database = store.newDatabase();
        StallAfterReservation stall = new StallAfterReservation();
        MongoCommitEventStorageEngine slow = store.engineBuilder(database).reservationObserver(stall).build();
        MongoCommitEventStorageEngine engine = store.engineBuilder(database).build();
        GlobalHistory history = new GlobalHistory(engine);
        String slowLedger = newLedgerId();
        engine.appendEvents(booked(slowLedger, 0, 1));
        Thread slowWriter = new Thread(() -> slow.appendEvents(booked(slowLedger, 1, 2)));
        slowWriter.start();
        stall.reserved.await();
        engine.appendEvents(booked(newLedgerId(), 0, 1)); // position 2, visible before position 1

        assertThat(read(history, -1)).extracting(NetworkHistoryEntry::position).containsExactly(0L);

        stall.release.countDown();
        slowWriter.join();
        assertThat(read(history, 0)).extracting(NetworkHistoryEntry::position).containsExactly(1L, 2L);
    }

    @Test
    void anUpcastEventShowsTheRevisionItWasStoredInAndTheOneItIsReadAs() {
        MongoCommitEventStorageEngine engine = store.engineBuilder(store.newDatabase())
                                                    .upcasterChain(new AmountBookedUpcaster()).build();
        String ledger = newLedgerId();
        engine.appendEvents(new GenericDomainEventMessage<>("Ledger", ledger, 0, new AmountBookedV0Event(ledger, 700),
                                                            MetaData.with(EventMetadata.ACTOR_ID, "tester")));
        engine.appendEvents(booked(ledger, 1, 250));

        List<NetworkHistoryEntry> history = read(new GlobalHistory(engine), -1);

        assertThat(history).extracting(NetworkHistoryEntry::type)
                           .containsExactly("AmountBookedEvent", "AmountBookedEvent");
        assertThat(history).extracting(NetworkHistoryEntry::revision).containsExactly("0", "1");
        assertThat(history).extracting(NetworkHistoryEntry::readAsRevision).containsExactly("1", "1");
        assertThat(history.get(0).metadata()).containsEntry(EventMetadata.ACTOR_ID, "tester");
    }

    private static List<NetworkHistoryEntry> read(GlobalHistory history, long after) {
        try (Stream<NetworkHistoryEntry> events = history.after(after)) {
            return events.toList();
        }
    }
}

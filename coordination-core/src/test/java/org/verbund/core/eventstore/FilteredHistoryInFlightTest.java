package org.verbund.core.eventstore;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verbund.core.audit.FilteredHistory;
import org.verbund.core.audit.GlobalHistory;
import org.verbund.core.audit.HistoryIndex;
import org.verbund.core.audit.HistoryIndexer;
import org.verbund.core.audit.api.HistoryFilter;
import org.verbund.core.audit.api.NetworkHistoryEntry;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.core.eventstore.EmbeddedStoreFixture.booked;
import static org.verbund.core.eventstore.EmbeddedStoreFixture.newLedgerId;

/**
 * The filtered history only grows at its end, like the whole one (here, beside the engine, for its stalled-writer
 * seam): a commit in flight stops the indexer before it, and ends what a filtered read delivers, also of events after
 * it that match, until it is stored.
 */
class FilteredHistoryInFlightTest {

    @RegisterExtension
    static final EmbeddedStoreFixture store = new EmbeddedStoreFixture();

    @Test
    void aCommitInFlightStopsTheIndexerAndEndsFilteredReadsUntilItIsStored() throws Exception {
        MongoDatabase database = store.newDatabase();
        StallAfterReservation stall = new StallAfterReservation();
        MongoCommitEventStorageEngine slow = store.engineBuilder(database).reservationObserver(stall).build();
        MongoCommitEventStorageEngine engine = store.engineBuilder(database).build();
        GlobalHistory history = new GlobalHistory(engine);
        HistoryIndex index = new HistoryIndex(database, 4);
        HistoryIndexer indexer = new HistoryIndexer(history, index, 10, Duration.ofMillis(20));
        FilteredHistory filtered = new FilteredHistory(history, engine, index);
        String slowLedger = newLedgerId();
        String otherLedger = newLedgerId();
        engine.appendEvents(booked(slowLedger, 0, 1));
        Thread slowWriter = new Thread(() -> slow.appendEvents(booked(slowLedger, 1, 2)));
        slowWriter.start();
        stall.reserved.await();
        engine.appendEvents(booked(otherLedger, 0, 1)); // position 2, visible before position 1

        assertThat(indexer.catchUp()).isOne();
        assertThat(index.indexedUpTo()).isZero();
        assertThat(read(filtered, aggregate(otherLedger))).isEmpty();
        assertThat(read(filtered, aggregate(slowLedger))).extracting(NetworkHistoryEntry::position)
                                                         .containsExactly(0L);

        stall.release.countDown();
        slowWriter.join();
        assertThat(read(filtered, aggregate(otherLedger))).extracting(NetworkHistoryEntry::position)
                                                          .containsExactly(2L);
        assertThat(indexer.catchUp()).isEqualTo(2);
        assertThat(read(filtered, aggregate(slowLedger))).extracting(NetworkHistoryEntry::position)
                                                         .containsExactly(0L, 1L);
    }

    private static HistoryFilter aggregate(String id) {
        return new HistoryFilter(null, null, null, null, null, id);
    }

    private static List<NetworkHistoryEntry> read(FilteredHistory history, HistoryFilter filter) {
        try (Stream<NetworkHistoryEntry> events = history.after(-1, filter)) {
            return events.toList();
        }
    }
}

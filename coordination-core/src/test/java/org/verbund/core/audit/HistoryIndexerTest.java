package org.verbund.core.audit;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verbund.core.audit.AuditStoreFixture.Store;
import org.verbund.core.audit.api.NetworkHistoryEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.verbund.core.audit.AuditStoreFixture.expected;
import static org.verbund.core.audit.AuditStoreFixture.organisation;

/**
 * The indexer on the real store: the keyed documents it writes (chunks of a fixed size with a head naming their
 * first positions, and a watermark), and that indexing again (after a crash between appending and moving the
 * watermark, or by several gateways at once) changes nothing.
 */
class HistoryIndexerTest {

    private static final Instant T0 = Instant.parse("2017-03-01T08:00:00Z");

    @RegisterExtension
    static final AuditStoreFixture fixture = new AuditStoreFixture();

    private static Store seeded(int events, int chunkSize, int indexBatch) {
        Store store = fixture.newStore(chunkSize, indexBatch);
        long[] sequences = new long[4];
        for (int i = 0; i < events; i++) {
            int ledger = i % 4;
            store.record("ledger-" + ledger, sequences[ledger]++, i % 2 == 0 ? "rpa" : "dez5", false,
                         T0.plusSeconds(i));
        }
        return store;
    }

    @Test
    void writesChunksOfAFixedSizeWithAHeadAndAWatermark() {
        Store store = seeded(25, 4, 10);

        assertThat(store.indexer().catchUp()).isEqualTo(25);

        assertThat(store.index().indexedUpTo()).isEqualTo(24);
        // ledger-1 has positions 1, 5, 9, ..., 21: chunks [1,5,9,13], [17,21]
        Document head = document(store, "aggregate:ledger-1");
        assertThat(head.getList("starts", Number.class)).extracting(Number::longValue).containsExactly(1L, 17L);
        assertThat(head.getInteger("chunks")).isEqualTo(2);
        assertThat(document(store, "aggregate:ledger-1:0").getList("positions", Number.class))
                .extracting(Number::longValue).containsExactly(1L, 5L, 9L, 13L);
        assertThat(document(store, "aggregate:ledger-1:1").getList("positions", Number.class))
                .extracting(Number::longValue).containsExactly(17L, 21L);
        assertThat(document(store, "organisation:rpa").getList("starts", Number.class)).extracting(Number::longValue)
                .containsExactly(0L, 8L, 16L, 24L);
        assertThat(document(store, "type:LedgerEntryBookedEvent").getInteger("chunks")).isEqualTo(7);
        assertThat(store.indexer().indexNextBatch()).as("nothing new").isZero();
    }

    @Test
    void indexingABatchAgainAfterACrashBeforeTheWatermarkMovedChangesNothing() {
        Store store = seeded(30, 4, 8);
        store.indexer().indexNextBatch();
        // a crash after appending the second batch, before moving the watermark: the append is done, the mark is not
        Map<String, List<Long>> secondBatch = new LinkedHashMap<>();
        for (NetworkHistoryEntry entry : store.all().subList(8, 16)) {
            for (String key : IndexedDimension.keysOf(entry)) {
                secondBatch.computeIfAbsent(key, k -> new ArrayList<>()).add(entry.position());
            }
        }
        store.index().append(secondBatch);
        assertThat(store.index().indexedUpTo()).isEqualTo(7);

        // a restarted indexer (another instance on the same documents) does the batch again, and goes on
        HistoryIndexer restarted = new HistoryIndexer(store.history(), new HistoryIndex(store.database(), 4), 8,
                                                      Duration.ofMillis(20));
        assertThat(restarted.catchUp()).isEqualTo(22);

        assertListsAreExactlyTheHistory(store);
    }

    @Test
    void severalIndexersAtOnceWriteEachPositionOnce() throws Exception {
        Store store = seeded(400, 5, 13);
        ExecutorService gateways = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Long>> indexers = new ArrayList<>();
            for (int gateway = 0; gateway < 3; gateway++) {
                HistoryIndexer indexer = new HistoryIndexer(store.history(), new HistoryIndex(store.database(), 5),
                                                            13 + gateway, Duration.ofMillis(20));
                indexers.add(indexer::catchUp);
            }
            long indexed = 0;
            for (Future<Long> byOne : gateways.invokeAll(indexers)) {
                indexed += byOne.get();
            }
            assertThat(indexed).as("each position by one of them at least").isGreaterThanOrEqualTo(400);
        } finally {
            gateways.shutdown();
        }
        assertThat(store.index().indexedUpTo()).isEqualTo(399);
        assertListsAreExactlyTheHistory(store);
    }

    @Test
    void theBackgroundIndexerFollowsNewEventsAndStops() {
        Store store = seeded(10, 4, 4);
        store.indexer().start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> store.index().indexedUpTo() == 9);
            store.record("ledger-9", 0, "caritas", true, T0.plusSeconds(100));
            await().atMost(Duration.ofSeconds(10)).until(() -> store.index().indexedUpTo() == 10);
        } finally {
            store.indexer().stop();
        }
        assertThat(store.indexer().isRunning()).isFalse();
        assertThat(store.read(-1, organisation("caritas"))).extracting(NetworkHistoryEntry::position)
                                                          .containsExactly(10L);
    }

    /** Every list holds exactly the positions of its value in the history, ascending, each once, in full chunks. */
    private static void assertListsAreExactlyTheHistory(Store store) {
        List<NetworkHistoryEntry> all = store.all();
        Map<String, List<Long>> expectedLists = new LinkedHashMap<>();
        for (NetworkHistoryEntry entry : all) {
            for (String key : IndexedDimension.keysOf(entry)) {
                expectedLists.computeIfAbsent(key, k -> new ArrayList<>()).add(entry.position());
            }
        }
        Map<String, HistoryIndex.Head> heads = store.index().heads(expectedLists.keySet());
        assertThat(heads).hasSameSizeAs(expectedLists);
        expectedLists.forEach((key, positions) -> {
            HistoryIndex.Head head = heads.get(key);
            List<Long> stored = store.index().chunks(key, 0, head.starts().size()).stream()
                                     .flatMap(List::stream).toList();
            assertThat(stored).as(key).isEqualTo(positions);
            assertThat(document(store, HistoryIndex.chunkId(key, head.starts().size()))).as("no chunk past the head")
                                                                                        .isNull();
        });
        assertThat(store.read(-1, organisation("rpa"))).isEqualTo(expected(all, -1, organisation("rpa")));
    }

    private static Document document(Store store, String id) {
        return store.database().getCollection(HistoryIndex.COLLECTION).find(Filters.eq("_id", id)).first();
    }
}

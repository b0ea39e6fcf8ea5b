package org.verbund.core.eventstore;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

class GlobalPositionCounterTest {

    @Test
    void concurrentReservationsNeverOverlap() throws Exception {
        try (EmbeddedStoreFixture store = new EmbeddedStoreFixture()) {
            GlobalPositionCounter counter = new GlobalPositionCounter(
                    store.newDatabase().getCollection(MongoCommitEventStorageEngine.COUNTERS_COLLECTION));
            Set<Long> positions = ConcurrentHashMap.newKeySet();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                threads.add(new Thread(() -> {
                    for (int i = 0; i < 500; i++) {
                        long first = counter.reserve(2);
                        assertThat(positions.add(first)).isTrue();
                        assertThat(positions.add(first + 1)).isTrue();
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(positions).hasSize(8 * 500 * 2);
            assertThat(counter.reservedSoFar()).isEqualTo(8 * 500 * 2);
        }
    }
}

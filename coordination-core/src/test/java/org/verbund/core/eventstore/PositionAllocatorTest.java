package org.verbund.core.eventstore;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.core.eventstore.EmbeddedStoreFixture.booked;
import static org.verbund.core.eventstore.EmbeddedStoreFixture.newLedgerId;

/** Both allocators hand out every position once; the in-process one resumes after a restart. */
class PositionAllocatorTest {

    @RegisterExtension
    static final EmbeddedStoreFixture store = new EmbeddedStoreFixture();

    static List<Function<MongoDatabase, PositionAllocator>> allocators() {
        return List.of(InProcessPositionAllocator::resumingIn, database -> new GlobalPositionCounter(
                database.getCollection(MongoCommitEventStorageEngine.COUNTERS_COLLECTION)));
    }

    @ParameterizedTest
    @MethodSource("allocators")
    void concurrentReservationsNeverOverlap(Function<MongoDatabase, PositionAllocator> allocators) throws Exception {
        PositionAllocator allocator = allocators.apply(store.newDatabase());
        Set<Long> positions = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            threads.add(new Thread(() -> {
                for (int reservation = 0; reservation < 2000; reservation++) {
                    long first = allocator.reserve(3);
                    for (long position = first; position < first + 3; position++) {
                        positions.add(position);
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(positions).hasSize(8 * 2000 * 3);
        assertThat(allocator.reservedSoFar()).isEqualTo(8 * 2000 * 3);
    }

    @Test
    void aRestartedProcessContinuesAfterEverythingStoredEvenWhenTheHintLags() {
        MongoDatabase database = store.newDatabase();
        InProcessPositionAllocator before = InProcessPositionAllocator.resumingIn(database);
        MongoCommitEventStorageEngine engine = store.engineBuilder(database).positionAllocator(before).build();
        String ledger = newLedgerId();
        for (long sequence = 0; sequence < 1300; sequence++) {
            engine.appendEvents(booked(ledger, sequence, 1));
        }
        // no close(): as after a crash, the hint was last raised up to 256 positions ago

        InProcessPositionAllocator after = InProcessPositionAllocator.resumingIn(database);
        assertThat(after.reservedSoFar()).isEqualTo(1300);
        MongoCommitEventStorageEngine restarted = store.engineBuilder(database).positionAllocator(after).build();
        restarted.appendEvents(booked(ledger, 1300, 1));
        assertThat(restarted.readEvents(null, false).count()).isEqualTo(1301);
    }
}

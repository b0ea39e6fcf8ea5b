package org.verbund.core.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale and speed measurements of the event store, side by side in one run on one embedded server (memory
 * backend). Run with {@code ./mvnw -Pbenchmark verify -pl coordination-core}; the figures are printed and written to
 * {@code coordination-core/target/benchmark-results.txt}.
 * <p>
 * The assertions are the targets, checked as ratios of figures measured in this same run.
 */
@Tag("benchmark")
class EventStoreScaleBenchmark {

    private static final int AGGREGATES = 20_000;
    private static final int EVENTS_PER_AGGREGATE = 10;
    private static final int APPEND_ROUNDS = 9;

    private static EmbeddedStoreFixture store;
    private static final List<String> report = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        store = new EmbeddedStoreFixture();
    }

    @AfterAll
    static void writeReport() throws IOException {
        store.close();
        Path results = Path.of("target", "benchmark-results.txt");
        Files.createDirectories(results.getParent());
        Files.write(results, report);
    }

    @Test
    void appendsKeepUpWithTheRawDriver() throws Exception {
        for (int threads : new int[]{1, 8}) {
            MongoCollection<Document> raw = store.newDatabase().getCollection("raw");
            String payload = "x".repeat(220); // about the size of a serialized event with its metadata
            IntConsumer rawInsert = thread -> raw.insertOne(new Document("payload", payload).append("thread", thread));
            MongoDatabase inProcessDatabase = store.newDatabase();
            IntConsumer inProcess = appender(store.engineBuilder(inProcessDatabase)
                    .positionAllocator(InProcessPositionAllocator.resumingIn(inProcessDatabase)).build(), threads);
            IntConsumer sharedCounter = appender(store.newEngine(), threads);

            rate(threads, 3, rawInsert); // warm-up
            rate(threads, 3, inProcess);
            rate(threads, 3, sharedCounter);
            // alternate short rounds, so that all three see the same machine; compare medians
            double[] rawRates = new double[APPEND_ROUNDS];
            double[] inProcessRates = new double[APPEND_ROUNDS];
            double[] sharedCounterRates = new double[APPEND_ROUNDS];
            for (int round = 0; round < APPEND_ROUNDS; round++) {
                rawRates[round] = rate(threads, 1, rawInsert);
                inProcessRates[round] = rate(threads, 1, inProcess);
                sharedCounterRates[round] = rate(threads, 1, sharedCounter);
            }
            double rawRate = median(rawRates);
            double inProcessRate = median(inProcessRates);
            double sharedCounterRate = median(sharedCounterRates);
            record("append, %d thread(s), 1 event per commit, median of %d alternating 1 s rounds: raw insertOne "
                   + "%,.0f/s; engine with in-process positions (the embedded default) %,.0f/s = %.2fx; "
                   + "engine with the shared counter (several gateways on one MongoDB) %,.0f/s = %.2fx",
                   threads, APPEND_ROUNDS, rawRate, inProcessRate, inProcessRate / rawRate,
                   sharedCounterRate, sharedCounterRate / rawRate);
            assertThat(inProcessRate / rawRate).as("append rate vs raw insertOne, %d threads", threads)
                                               .isGreaterThanOrEqualTo(0.35);
        }
    }

    private static IntConsumer appender(MongoCommitEventStorageEngine engine, int threads) {
        AtomicLong[] sequences = new AtomicLong[threads];
        String[] ledgers = new String[threads];
        for (int thread = 0; thread < threads; thread++) {
            sequences[thread] = new AtomicLong();
            ledgers[thread] = EmbeddedStoreFixture.newLedgerId();
        }
        return thread -> engine.appendEvents(
                EmbeddedStoreFixture.booked(ledgers[thread], sequences[thread].getAndIncrement(), 1));
    }

    @Test
    void appendsOnTheDurableFileBackend(@org.junit.jupiter.api.io.TempDir Path dataDir) throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onFile(dataDir);
             com.mongodb.client.MongoClient client = server.newClient()) {
            MongoDatabase database = client.getDatabase("durable");
            MongoCollection<Document> raw = database.getCollection("raw");
            String payload = "x".repeat(220);
            IntConsumer rawInsert = thread -> raw.insertOne(new Document("payload", payload));
            MongoCommitEventStorageEngine engine = store.engineBuilder(database)
                    .positionAllocator(InProcessPositionAllocator.resumingIn(database)).build();
            AtomicLong sequence = new AtomicLong();
            IntConsumer append = thread -> engine.appendEvents(
                    EmbeddedStoreFixture.booked("durable-ledger", sequence.getAndIncrement(), 1));
            rate(1, 1, rawInsert);
            rate(1, 1, append);
            double[] rawRates = new double[APPEND_ROUNDS];
            double[] engineRates = new double[APPEND_ROUNDS];
            for (int round = 0; round < APPEND_ROUNDS; round++) {
                rawRates[round] = rate(1, 1, rawInsert);
                engineRates[round] = rate(1, 1, append);
            }
            double rawRate = median(rawRates);
            double engineRate = median(engineRates);
            record("append on the H2 file backend (each write committed to the file), 1 thread: raw insertOne "
                   + "%,.0f/s, engine appendEvents %,.0f/s, ratio %.2f", rawRate, engineRate, engineRate / rawRate);
            assertThat(engineRate / rawRate).isGreaterThanOrEqualTo(0.35);
        }
    }

    @Test
    void replayRateDoesNotFallAsTheStoreGrowsAndLoadsStayKeyed() throws Exception {
        MongoDatabase database = store.newDatabase();
        MongoCommitEventStorageEngine engine = store.engineBuilder(database).batchSize(500)
                .positionAllocator(InProcessPositionAllocator.resumingIn(database)).build();
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            long started = System.nanoTime();
            List<Double> replayRates = new ArrayList<>();
            List<Double> processorRates = new ArrayList<>();
            int filled = 0;
            for (int target : new int[]{20_000, 100_000, 200_000}) {
                fill(engine, filled, target);
                if (filled == 0) {
                    // warm-up, so that the first figure is not the JIT compiler's
                    streamReplayRate(engine, target);
                    processorReplayRate(eventStore, target);
                }
                filled = target;
                double streamRate = streamReplayRate(engine, target);
                double processorRate = processorReplayRate(eventStore, target);
                replayRates.add(streamRate);
                processorRates.add(processorRate);
                record("replay at %,d stored events: engine stream %,.0f events/s, tracking processor (batch 100) %,.0f events/s",
                       target, streamRate, processorRate);
            }
            record("filling 200,000 events over 20,000 aggregates took %.1f s (including the replays)",
                   (System.nanoTime() - started) / 1e9);

            String single = "single-event-ledger";
            engine.appendEvents(EmbeddedStoreFixture.booked(single, 0, 1));
            String longLedger = "long-ledger";
            appendLong(engine, longLedger, 10_000);
            String snapshotted = "snapshotted-long-ledger";
            appendLong(engine, snapshotted, 10_000);
            // as a snapshot threshold of 100 leaves it: a snapshot, then fewer than 100 events after it
            engine.storeSnapshot(new GenericDomainEventMessage<>("Ledger", snapshotted, 9_949,
                                                                 new MongoCommitEventStorageEngineTest.LedgerSnapshot(snapshotted, 9_949)));

            LoadTimes loads = loadTimes(eventStore, single, longLedger, snapshotted);
            record("load aggregate (median of 300, interleaved): 1 event %.3f ms; 10,000 events without snapshot "
                   + "%.3f ms; 10,000 events with a snapshot and 50 events after it %.3f ms (%.2fx the 1-event load)",
                   loads.oneEvent(), loads.tenThousand(), loads.snapshotted(), loads.snapshotted() / loads.oneEvent());

            assertThat(replayRates).allSatisfy(rate -> assertThat(rate).isGreaterThanOrEqualTo(10_000));
            assertThat(replayRates.get(2)).as("replay rate at 200k vs 20k")
                                          .isGreaterThanOrEqualTo(0.9 * replayRates.get(0));
            assertThat(processorRates.get(2)).as("processor replay rate at 200k vs 20k")
                                             .isGreaterThanOrEqualTo(0.9 * processorRates.get(0));
            assertThat(loads.snapshotted()).isLessThanOrEqualTo(2 * loads.oneEvent());
        } finally {
            eventStore.shutDown();
        }
    }

    private static void fill(MongoCommitEventStorageEngine engine, int from, int to) throws InterruptedException {
        // round-robin over the aggregates, so that each aggregate's events are spread over the whole history
        int threads = 4;
        List<Thread> writers = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            int offset = thread;
            writers.add(new Thread(() -> {
                for (int event = from + offset; event < to; event += threads) {
                    int aggregate = event % AGGREGATES;
                    long sequence = event / AGGREGATES;
                    engine.appendEvents(EmbeddedStoreFixture.booked("aggregate-" + aggregate, sequence, event));
                }
            }));
        }
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join();
        }
        assertThat(EVENTS_PER_AGGREGATE * AGGREGATES).isGreaterThanOrEqualTo(to);
    }

    private static void appendLong(MongoCommitEventStorageEngine engine, String ledger, int events) {
        for (int sequence = 0; sequence < events; sequence++) {
            engine.appendEvents(EmbeddedStoreFixture.booked(ledger, sequence, 1));
        }
    }

    private static double streamReplayRate(MongoCommitEventStorageEngine engine, int expected) {
        long started = System.nanoTime();
        long count = engine.readEvents(null, false).count();
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(count).isEqualTo(expected);
        return count / seconds;
    }

    private static double processorReplayRate(EventStore eventStore, int expected) throws InterruptedException {
        AtomicLong handled = new AtomicLong();
        Configuration configuration = DefaultConfigurer.defaultConfiguration()
                .configureEventStore(c -> eventStore)
                .eventProcessing(processing -> processing
                        .registerTokenStore(c -> new InMemoryTokenStore())
                        .registerTrackingEventProcessor("replay", c -> eventStore, c -> TrackingEventProcessorConfiguration
                                .forSingleThreadedProcessing()
                                .andBatchSize(100)
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                        .registerEventHandler(c -> new ReplayCounter(handled)))
                .buildConfiguration();
        long started = System.nanoTime();
        configuration.start();
        try {
            while (handled.get() < expected) {
                assertThat(System.nanoTime() - started).as("processor replay timed out").isLessThan(600_000_000_000L);
                Thread.onSpinWait();
            }
            return expected / ((System.nanoTime() - started) / 1e9);
        } finally {
            configuration.shutdown();
        }
    }

    static class ReplayCounter {
        private final AtomicLong handled;

        ReplayCounter(AtomicLong handled) {
            this.handled = handled;
        }

        @org.axonframework.eventhandling.EventHandler
        void on(AmountBookedEvent event) {
            handled.incrementAndGet();
        }
    }

    record LoadTimes(double oneEvent, double tenThousand, double snapshotted) {
    }

    private static LoadTimes loadTimes(EventStore eventStore, String single, String unsnapshotted, String snapshotted) {
        int runs = 300;
        double[] oneEvent = new double[runs];
        double[] tenThousand = new double[runs / 10];
        double[] withSnapshot = new double[runs];
        for (int warmUp = 0; warmUp < 100; warmUp++) {
            loadMillis(eventStore, single, 1);
            loadMillis(eventStore, snapshotted, 51);
        }
        for (int run = 0; run < runs; run++) {
            oneEvent[run] = loadMillis(eventStore, single, 1);
            withSnapshot[run] = loadMillis(eventStore, snapshotted, 51);
            if (run % 10 == 0) {
                tenThousand[run / 10] = loadMillis(eventStore, unsnapshotted, 10_000);
            }
        }
        return new LoadTimes(median(oneEvent), median(tenThousand), median(withSnapshot));
    }

    private static double loadMillis(EventStore eventStore, String aggregate, int expectedMessages) {
        long started = System.nanoTime();
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregate).asStream().toList();
        double millis = (System.nanoTime() - started) / 1e6;
        assertThat(events).hasSize(expectedMessages);
        return millis;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Operations per second of {@code operation} run by {@code threads} threads for {@code seconds}. */
    private static double rate(int threads, int seconds, IntConsumer operation) throws InterruptedException {
        AtomicLong operations = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            int id = thread;
            workers.add(new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    operation.accept(id);
                    operations.incrementAndGet();
                }
            }));
        }
        long started = System.nanoTime();
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        return operations.get() / ((System.nanoTime() - started) / 1e9);
    }

    private static void record(String format, Object... arguments) {
        String line = String.format(Locale.ROOT, format, arguments);
        System.out.println("BENCHMARK " + line);
        report.add(line);
    }
}

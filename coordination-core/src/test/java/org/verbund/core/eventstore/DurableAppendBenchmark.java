package org.verbund.core.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What durability costs appends: the engine appending one event per commit on the H2 file forced to disk with group
 * commit (the default), on the file forced after each write, and in memory, in alternating rounds of one run, at 1 and
 * 8 threads. {@code ./mvnw -B -Pbenchmark verify -pl coordination-core -Dtest=DurableAppendBenchmark}; the figures are
 * printed and written to {@code coordination-core/target/durable-appends.txt}.
 */
@Tag("benchmark")
class DurableAppendBenchmark {

    private static final int ROUNDS = 5;
    private static final long ROUND_MILLIS = 2_000;

    @TempDir
    Path dataDirs;

    @Test
    void groupCommitKeepsDurableAppendsFast() throws Exception {
        List<String> report = new ArrayList<>();
        try (EmbeddedMongoServer grouped = EmbeddedMongoServer.onFile(dataDirs.resolve("grouped"),
                                                                      CommittingH2Backend.FileSync.GROUPED);
             EmbeddedMongoServer eachWrite = EmbeddedMongoServer.onFile(dataDirs.resolve("each-write"),
                                                                        CommittingH2Backend.FileSync.EACH_WRITE);
             EmbeddedMongoServer memory = EmbeddedMongoServer.inMemory();
             MongoClient groupedClient = grouped.newClient();
             MongoClient eachWriteClient = eachWrite.newClient();
             MongoClient memoryClient = memory.newClient()) {
            MongoClient[] clients = {groupedClient, eachWriteClient, memoryClient};
            String[] names = {"file, fsync with group commit", "file, fsync per write", "memory"};
            for (int threads : new int[]{1, 8}) {
                Appender[] appenders = new Appender[clients.length];
                for (int side = 0; side < clients.length; side++) {
                    appenders[side] = new Appender(clients[side].getDatabase("bench-" + threads), threads);
                    appenders[side].perSecond(); // warm-up
                }
                double[][] rates = new double[clients.length][ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    for (int side = 0; side < clients.length; side++) {
                        rates[side][round] = appenders[side].perSecond();
                    }
                }
                double groupedRate = median(rates[0]);
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                        "appends, %d thread(s), 1 event per commit, median of %d alternating %d s rounds:",
                        threads, ROUNDS, ROUND_MILLIS / 1000));
                for (int side = 0; side < clients.length; side++) {
                    line.append(String.format(Locale.ROOT, "%n  %-32s %,8.0f/s (group commit %.2fx of it) rounds %s",
                                              names[side], median(rates[side]), groupedRate / median(rates[side]),
                                              Arrays.toString(rates[side])));
                }
                report.add(line.toString());
            }
            report.add(String.format(Locale.ROOT, "writes per fsync with group commit, over the whole run: %.2f",
                                     grouped.writesPerForce()));
            report.forEach(System.out::println);
            assertThat(grouped.writesPerForce()).as("writers shared forces").isGreaterThan(1.0);
        }
        Path results = Path.of("target", "durable-appends.txt");
        Files.createDirectories(results.getParent());
        Files.write(results, report);
    }

    /** Appends one event per commit, each thread to an aggregate of its own (no conflicts between threads). */
    private static final class Appender {

        private final MongoCommitEventStorageEngine engine;
        private final int threads;
        private final String[] ledgers;
        private final AtomicLong[] sequences;

        Appender(MongoDatabase database, int threads) {
            this.engine = MongoCommitEventStorageEngine.builder()
                    .database(database)
                    .positionAllocator(InProcessPositionAllocator.resumingIn(database))
                    .eventSerializer(EventStoreConfiguration.jacksonSerializer())
                    .snapshotSerializer(EventStoreConfiguration.jacksonSerializer())
                    .build();
            this.threads = threads;
            this.ledgers = new String[threads];
            this.sequences = new AtomicLong[threads];
            for (int thread = 0; thread < threads; thread++) {
                ledgers[thread] = EmbeddedStoreFixture.newLedgerId();
                sequences[thread] = new AtomicLong();
            }
        }

        double perSecond() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicLong done = new AtomicLong();
            long started = System.nanoTime();
            long until = started + TimeUnit.MILLISECONDS.toNanos(ROUND_MILLIS);
            List<Future<?>> workers = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int mine = thread;
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < until) {
                        engine.appendEvents(EmbeddedStoreFixture.booked(
                                ledgers[mine], sequences[mine].getAndIncrement(), 1));
                        done.incrementAndGet();
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            pool.shutdown();
            return Math.round(done.get() * 1e9 / (System.nanoTime() - started));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
    }
}

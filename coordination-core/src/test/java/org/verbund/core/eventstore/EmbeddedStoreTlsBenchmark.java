package org.verbund.core.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What closing the embedded store costs: inserts and key lookups through the driver against our server (TLS 1.3,
 * client certificate) and against mongo-java-server's stock plain-TCP server, both in memory, in alternating
 * rounds of one run. {@code ./mvnw -B -Pbenchmark verify -pl coordination-core -am -Dtest=EmbeddedStoreTlsBenchmark}
 */
@Tag("benchmark")
class EmbeddedStoreTlsBenchmark {

    private static final int ROUNDS = 4;
    private static final long ROUND_MILLIS = 3_000;

    @Test
    void tlsWithClientCertificateAgainstPlainTcp() throws Exception {
        MongoServer plainServer = new MongoServer(new MemoryBackend());
        try (EmbeddedMongoServer closed = EmbeddedMongoServer.inMemory();
             MongoClient tls = closed.newClient();
             MongoClient plain = MongoClients.create(plainServer.bindAndGetConnectionString())) {
            for (int threads : new int[] {1, 8}) {
                double[][] inserts = new double[2][ROUNDS];
                double[][] lookups = new double[2][ROUNDS];
                for (int round = 0; round < ROUNDS; round++) {
                    MongoClient[] clients = {tls, plain};
                    for (int side = 0; side < 2; side++) {
                        MongoCollection<Document> documents = clients[side].getDatabase("bench")
                                                                           .getCollection("r" + round + "t" + threads);
                        AtomicLong ids = new AtomicLong();
                        inserts[side][round] = perSecond(threads, ignored -> documents.insertOne(
                                new Document("_id", ids.incrementAndGet()).append("payload", "x".repeat(400))));
                        long written = ids.get();
                        lookups[side][round] = perSecond(threads, ignored -> assertThat(documents.find(
                                Filters.eq("_id", 1 + (System.nanoTime() % written))).first()).isNotNull());
                    }
                }
                report("insertOne, " + threads + " thread(s)", inserts);
                report("find by _id, " + threads + " thread(s)", lookups);
            }
        } finally {
            plainServer.shutdownNow();
        }
    }

    private static void report(String what, double[][] rates) {
        double tls = median(rates[0]);
        double plain = median(rates[1]);
        System.out.printf("%s: TLS + client certificate %.0f/s, plain TCP %.0f/s (%.2fx); rounds %s / %s%n", what,
                          tls, plain, tls / plain, Arrays.toString(rates[0]), Arrays.toString(rates[1]));
        assertThat(tls).isPositive();
    }

    private static double perSecond(int threads, Consumer<Long> operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ROUND_MILLIS);
        long started = System.nanoTime();
        Future<?>[] workers = new Future<?>[threads];
        for (int worker = 0; worker < threads; worker++) {
            workers[worker] = pool.submit(() -> {
                while (System.nanoTime() < until) {
                    operation.accept(done.incrementAndGet());
                }
            });
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return Math.round(done.get() * 1e9 / (System.nanoTime() - started));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
    }
}

package org.verbund.core.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verbund.core.audit.AuditTree;
import org.verbund.core.audit.HistoryVerifier;
import org.verbund.core.audit.LeafEncoding;
import org.verbund.core.audit.MerkleTree;
import org.verbund.core.audit.TreeHeadKey;
import org.verbund.core.audit.api.ConsistencyProof;
import org.verbund.core.audit.api.InclusionProof;
import org.verbund.core.audit.api.SignedTreeHead;
import org.verbund.core.audit.api.VerificationReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.core.eventstore.EmbeddedStoreFixture.booked;
import static org.verbund.core.eventstore.EmbeddedStoreFixture.newLedgerId;

/**
 * What the audit tree costs at 100,000 events, measured side by side in one run on one embedded server (memory
 * backend): appends with the tree's appender running beside them against appends without it (A B A B), taking
 * 100,000 events into the tree, verifying them all, and the size and time of proofs. Run with
 * {@code ./mvnw -Pbenchmark verify -pl coordination-core -Dtest=AuditTreeBenchmark}; the figures are printed and
 * written to {@code coordination-core/target/audit-benchmark.txt}.
 */
@Tag("benchmark")
class AuditTreeBenchmark {

    private static final int EVENTS = 100_000;
    private static final int ROUND = 10_000;
    private static final EmbeddedStoreFixture store = new EmbeddedStoreFixture();
    private static final List<String> report = new ArrayList<>();

    @AfterAll
    static void writeReport() throws IOException {
        store.close();
        Path results = Path.of("target", "audit-benchmark.txt");
        Files.createDirectories(results.getParent());
        Files.write(results, report);
    }

    @Test
    void theTreesCostAt100000Events() throws Exception {
        MongoDatabase database = store.newDatabase();
        MongoCommitEventStorageEngine engine = store.engineBuilder(database).build();
        AuditTree tree = new AuditTree(database, TreeHeadKey.generated(), Clock.systemUTC());

        append(engine, ROUND); // warming up (the JIT, the server's indexes)
        tree.appendSettled();
        // appends of 10,000 events, alternately without and with the appender taking them into the tree meanwhile
        double[] without = new double[2];
        double[] with = new double[2];
        for (int round = 0; round < 4; round++) {
            boolean treeOn = round % 2 == 1;
            ScheduledExecutorService appender = Executors.newSingleThreadScheduledExecutor();
            if (treeOn) {
                appender.scheduleWithFixedDelay(tree::appendSettled, 0, 200, TimeUnit.MILLISECONDS);
            }
            long started = System.nanoTime();
            append(engine, ROUND);
            double rate = ROUND / seconds(started);
            appender.shutdown();
            appender.awaitTermination(60, TimeUnit.SECONDS);
            (treeOn ? with : without)[round / 2] = rate;
            print("appends, round %d, tree %s: %.0f events/s", round + 1, treeOn ? "on" : "off", rate);
        }
        print("appends with the tree beside them / without: %.2f (A B A B)",
              (with[0] + with[1]) / (without[0] + without[1]));
        tree.appendSettled();

        append(engine, EVENTS - 5 * ROUND);
        long started = System.nanoTime();
        long taken = tree.appendSettled();
        print("taking %d more events into the tree: %.1f s, %.0f events/s", taken, seconds(started),
              taken / seconds(started));
        assertThat(tree.size()).isEqualTo(EVENTS);

        TreeHeadKey key = TreeHeadKey.generated();
        AuditTree signed = new AuditTree(database, key, Clock.systemUTC());
        SignedTreeHead head = signed.head();
        started = System.nanoTime();
        VerificationReport verified = HistoryVerifier.verify(head, key.publicKey(),
                                                             signed.storedWithLeafHashes(0, head.treeSize()));
        print("verifying all %d events against the signed head: %.1f s", head.treeSize(), seconds(started));
        assertThat(verified.verified()).isTrue();

        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        Random random = new Random(13);
        byte[] root = Base64.getDecoder().decode(head.rootHash());
        long proofNanos = 0;
        int proofBytes = 0;
        int hashes = 0;
        for (int i = 0; i < 200; i++) {
            long position = random.nextInt(EVENTS);
            long before = System.nanoTime();
            InclusionProof proof = signed.inclusion(position, EVENTS);
            proofNanos += System.nanoTime() - before;
            proofBytes += json.writeValueAsBytes(proof.auditPath()).length;
            hashes += proof.auditPath().size();
            assertThat(MerkleTree.verifyInclusion(position, EVENTS, LeafEncoding.leafHash(proof.leaf()),
                                                  proof.auditPath().stream().map(Base64.getDecoder()::decode).toList(),
                                                  root)).isTrue();
        }
        print("inclusion proof in the tree of %d: %.2f ms, %d hashes, %d bytes of JSON (mean of 200)", EVENTS,
              proofNanos / 200 / 1e6, hashes / 200, proofBytes / 200);
        long before = System.nanoTime();
        ConsistencyProof consistency = signed.consistency(EVENTS / 3, EVENTS);
        print("consistency proof %d -> %d: %.2f ms, %d hashes", EVENTS / 3, EVENTS, (System.nanoTime() - before) / 1e6,
              consistency.path().size());
    }

    private static void append(MongoCommitEventStorageEngine engine, int events) {
        String ledger = newLedgerId();
        for (int i = 0; i < events; i++) {
            List<EventMessage<?>> one = List.of(booked(ledger, i, 100 + i % 1_000));
            engine.appendEvents(one);
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static void print(String format, Object... arguments) {
        String line = String.format(format, arguments);
        System.out.println(line);
        report.add(line);
    }
}

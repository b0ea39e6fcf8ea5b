package org.verbund.core.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Backups of the running embedded store, taken while 8 writers append: each restores into a fresh data directory as
 * a store that opens, holds every append acknowledged before the backup began, and equals the original commit for
 * commit at every position it holds.
 */
class StoreFileBackupTest {

    private static final int WRITERS = 8;
    private static final int BACKUPS = 3;

    @TempDir
    Path work;

    @Test
    void backupsTakenUnderLoadRestoreToTheOriginalUpToTheirPosition() throws Exception {
        Map<String, Long> acknowledged = new ConcurrentHashMap<>(); // commit id -> when (nanoTime) it was acknowledged
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onFile(work.resolve("original"));
             MongoClient client = server.newClient()) {
            MongoDatabase database = client.getDatabase("verbund");
            MongoCommitEventStorageEngine engine = MongoCommitEventStorageEngine.builder().database(database)
                    .positionAllocator(InProcessPositionAllocator.resumingIn(database))
                    .eventSerializer(EventStoreConfiguration.jacksonSerializer())
                    .snapshotSerializer(EventStoreConfiguration.jacksonSerializer()).build();
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                running.add(writers.submit(() -> {
                    String ledger = EmbeddedStoreFixture.newLedgerId();
                    for (long sequence = 0; writing.get(); sequence++) {
                        engine.appendEvents(EmbeddedStoreFixture.booked(ledger, sequence, sequence));
                        acknowledged.put(CommitDocuments.aggregateCommitId(ledger, sequence), System.nanoTime());
                    }
                    return null;
                }));
            }
            MongoCollection<Document> original = database.getCollection(MongoCommitEventStorageEngine.COMMITS_COLLECTION);
            for (int backup = 0; backup < BACKUPS; backup++) {
                int before = acknowledged.size();
                await().until(() -> acknowledged.size() > before + 300);
                long began = System.nanoTime();
                Path zip = work.resolve("backup-" + backup + ".zip");
                try (OutputStream out = Files.newOutputStream(zip)) {
                    assertThat(server.backup(out)).isPositive();
                }
                Path restored = work.resolve("restored-" + backup);
                EmbeddedMongoServer.restore(zip, restored);
                List<String> acknowledgedBefore = acknowledged.entrySet().stream()
                        .filter(entry -> entry.getValue() < began).map(Map.Entry::getKey).toList();
                long held = compare(restored, original, acknowledgedBefore);
                System.out.printf("backup %d: %,d commits held, %,d acknowledged before it began, %,d bytes zipped%n",
                                  backup, held, acknowledgedBefore.size(), Files.size(zip));
            }
            writing.set(false);
            for (Future<?> writer : running) {
                writer.get();
            }
        } finally {
            writers.shutdownNow();
        }
    }

    /**
     * Opens the restored store and compares it with the original at every position up to its head (the backup's
     * position); returns how many commits it holds.
     */
    private static long compare(Path restored, MongoCollection<Document> original, List<String> mustHold) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onFile(restored);
             MongoClient client = server.newClient()) {
            MongoCollection<Document> copy = client.getDatabase("verbund")
                                                   .getCollection(MongoCommitEventStorageEngine.COMMITS_COLLECTION);
            for (int from = 0; from < mustHold.size(); from += 500) {
                List<String> ids = mustHold.subList(from, Math.min(from + 500, mustHold.size()));
                assertThat(copy.countDocuments(Filters.in("_id", ids))).as("acknowledged before the backup")
                                                                      .isEqualTo(ids.size());
            }
            long held = 0;
            long head = InProcessPositionAllocator.resumingIn(client.getDatabase("verbund")).reservedSoFar();
            for (long from = 0; from < head; from += 500) {
                List<Long> ends = LongStream.range(from, from + 500).boxed().toList();
                for (Document commit : copy.find(Filters.in("end", ends))) {
                    Document same = original.find(Filters.eq("_id", commit.get("_id"))).first();
                    assertThat(same).as("the original's commit %s", commit.get("_id")).isEqualTo(commit);
                    held++;
                }
            }
            assertThat(held).isGreaterThanOrEqualTo(mustHold.size());
            return held;
        }
    }

    @Test
    void aRestoreNeverOverwritesAStore() throws Exception {
        Path zip = work.resolve("backup.zip");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onFile(work.resolve("original"));
             MongoClient client = server.newClient(); OutputStream out = Files.newOutputStream(zip)) {
            client.getDatabase("verbund").getCollection("things").insertOne(new Document("_id", "one"));
            server.backup(out);
        }
        Path target = work.resolve("target");
        EmbeddedMongoServer.restore(zip, target);
        byte[] restored = Files.readAllBytes(target.resolve(StoreFileBackup.STORE_FILE));

        assertThatThrownBy(() -> EmbeddedMongoServer.restore(zip, target))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fresh data directory");
        assertThat(Files.readAllBytes(target.resolve(StoreFileBackup.STORE_FILE))).isEqualTo(restored);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onFile(target); MongoClient client = server.newClient()) {
            assertThat(client.getDatabase("verbund").getCollection("things").countDocuments()).isEqualTo(1);
        }
        Files.writeString(work.resolve("not-a-backup.zip"), "");
        assertThatThrownBy(() -> EmbeddedMongoServer.restore(work.resolve("not-a-backup.zip"), work.resolve("other")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a Verbund store backup");
    }
}

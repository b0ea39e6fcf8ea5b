package org.verbund.core.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write the embedded store acknowledged is on the disk when the power fails: 8 writers insert for a second,
 * then the file is read back as the disk holds it (only what was forced, {@link PowerCutFileSystem}) and every
 * acknowledged document must be in it.
 */
class PowerLossTest {

    @TempDir
    Path dataDir;

    @BeforeAll
    static void registerFileSystem() {
        PowerCutFileSystem.register();
    }

    @Test
    void everyAcknowledgedWriteIsOnDiskWhenThePowerFails() throws Exception {
        Path file = dataDir.resolve("verbund.mv");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Path afterPowerCut = dataDir.resolve("after-power-cut.mv");
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(
                new CommittingH2Backend("powercut:" + file, CommittingH2Backend.FileSync.GROUPED), "power-cut test");
             MongoClient client = server.newClient()) {
            MongoCollection<Document> documents = client.getDatabase("verbund").getCollection("acknowledged");
            ExecutorService writers = Executors.newFixedThreadPool(8);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < 8; writer++) {
                int mine = writer;
                running.add(writers.submit(() -> {
                    for (int n = 0; System.nanoTime() < until; n++) {
                        String id = mine + "-" + n;
                        documents.insertOne(new Document("_id", id).append("payload", "x".repeat(200)));
                        acknowledged.add(id);
                    }
                }));
            }
            for (Future<?> writer : running) {
                writer.get();
            }
            writers.shutdown();
            // the power fails now, with the server still running: what was acknowledged must be on the disk
            PowerCutFileSystem.cutPowerAndCopy(file, afterPowerCut);
        }
        assertThat(acknowledged).hasSizeGreaterThan(100);

        try (EmbeddedMongoServer restarted = new EmbeddedMongoServer(
                new CommittingH2Backend(afterPowerCut.toString(), CommittingH2Backend.FileSync.GROUPED), "after");
             MongoClient client = restarted.newClient()) {
            MongoCollection<Document> documents = client.getDatabase("verbund").getCollection("acknowledged");
            List<String> ids = new ArrayList<>(acknowledged);
            long found = 0;
            for (int from = 0; from < ids.size(); from += 500) {
                found += documents.countDocuments(Filters.in("_id", ids.subList(from, Math.min(ids.size(), from + 500))));
            }
            assertThat(found).as("acknowledged writes on disk after the power cut").isEqualTo(acknowledged.size());
        }
    }
}

package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbund.core.eventstore.EmbeddedMongoServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import static org.awaitility.Awaitility.await;

/**
 * A backup of the running gateway's embedded store, taken over HTTP while partners write, restored with
 * {@code --verbund.store.restore-from} into a fresh data directory (with the keys copied beside it, as the README
 * says): the restored gateway serves every write acknowledged before the backup began, the audit tree head signed
 * before the backup verifies on it, and its store equals the original commit for commit up to its head.
 */
class BackupRestoreIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 4;

    @TempDir
    Path work;

    @Test
    void aBackupTakenUnderLoadRestoresIntoAFreshDirectoryAndVerifies() throws Exception {
        Path original = work.resolve("original");
        Path restored = work.resolve("restored");
        Path backup = work.resolve("backup.zip");
        Map<String, Long> acknowledged = new ConcurrentHashMap<>(); // organisation path -> when acknowledged
        JsonNode headBefore;
        long began;
        try (RunningGateway gateway = new RunningGateway(original, "", "--verbund.audit.append-interval=50ms")) {
            String coordinator = gateway.tokenFor("dez5", "COORDINATOR");
            String auditor = gateway.tokenFor("dez5", "AUDITOR");
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int mine = writer;
                running.add(writers.submit(() -> {
                    for (int n = 0; writing.get(); n++) {
                        RunningGateway.Response created = gateway.post("/api/organisations", coordinator,
                                "{\"name\": \"Träger " + mine + "-" + n + "\", \"shortName\": \"T" + mine + "-" + n
                                + "\", \"kind\": \"NON_PROFIT_CARRIER\"}");
                        assertThat(created.status()).as(created.body()).isEqualTo(201);
                        acknowledged.put(URI.create(created.location()).getPath(), System.nanoTime());
                    }
                    return null;
                }));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() > 100);
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    gateway.get("/api/audit/tree-head", auditor).json().path("treeSize").asLong() > 50);
            headBefore = gateway.get("/api/audit/tree-head", auditor).json();

            began = System.nanoTime();
            HttpResponse<Path> taken = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/api/admin/backups"))
                               .header("Authorization", "Bearer " + gateway.adminToken())
                               .POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofFile(backup));
            long took = System.nanoTime() - began;
            assertThat(taken.statusCode()).isEqualTo(200);
            assertThat(taken.headers().firstValue("Content-Type")).hasValue("application/zip");
            int before = acknowledged.size();
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() > before + 50);
            writing.set(false);
            for (Future<?> writer : running) {
                writer.get();
            }
            writers.shutdown();
            System.out.printf("Backup of %,d bytes taken in %d ms under %d writers; %,d writes acknowledged in all%n",
                              Files.size(backup), took / 1_000_000, WRITERS, acknowledged.size());

            assertThat(gateway.post("/api/admin/backups", coordinator, "").status()).isEqualTo(403);
        }
        long finalBegan = began;
        List<String> beforeBackup = acknowledged.entrySet().stream().filter(entry -> entry.getValue() < finalBegan)
                                                .map(Map.Entry::getKey).toList();

        Files.createDirectories(restored);
        for (String key : List.of("master.key", "tree-head.key")) {
            Files.copy(original.resolve(key), restored.resolve(key));
        }
        try (RunningGateway gateway = new RunningGateway(restored, "", "--verbund.store.restore-from=" + backup)) {
            String auditor = gateway.tokenFor("dez5", "AUDITOR");
            RunningGateway.Response verified = gateway.post("/api/audit/verify", auditor,
                                                            JSON.writeValueAsString(headBefore));
            assertThat(verified.status()).as(verified.body()).isEqualTo(200);
            assertThat(verified.json().path("verified").asBoolean()).as(verified.body()).isTrue();
            for (String organisation : beforeBackup) {
                await().atMost(Duration.ofSeconds(60)).until(() -> gateway.get(organisation, auditor).status() == 200);
            }
        }
        long held = sameCommitsUpToTheRestoredHead(original, restored);
        System.out.printf("Restored: %,d commits equal to the original's, %d writes acknowledged before the backup, "
                          + "tree head of size %d verified%n", held, beforeBackup.size(),
                          headBefore.path("treeSize").asLong());
    }

    private static long sameCommitsUpToTheRestoredHead(Path original, Path restored) {
        try (EmbeddedMongoServer originalStore = EmbeddedMongoServer.onFile(original);
             EmbeddedMongoServer restoredStore = EmbeddedMongoServer.onFile(restored);
             MongoClient originalClient = originalStore.newClient();
             MongoClient restoredClient = restoredStore.newClient()) {
            MongoCollection<Document> from = originalClient.getDatabase("verbund").getCollection("event_commits");
            MongoCollection<Document> copy = restoredClient.getDatabase("verbund").getCollection("event_commits");
            long held = 0;
            long emptyWindows = 0;
            for (long first = 0; emptyWindows < 2; first += 500) {
                List<Long> ends = LongStream.range(first, first + 500).boxed().toList();
                List<Document> found = copy.find(Filters.in("end", ends)).into(new ArrayList<>());
                emptyWindows = found.isEmpty() ? emptyWindows + 1 : 0;
                for (Document commit : found) {
                    assertThat(from.find(Filters.eq("_id", commit.get("_id"))).first()).isEqualTo(commit);
                    held++;
                }
            }
            return held;
        }
    }
}

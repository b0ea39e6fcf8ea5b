package org.verbund.core.eventstore;

import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store on its H2 file keeps every acknowledged commit when its process is killed (SIGKILL), and
 * everything across an orderly restart.
 */
class EmbeddedStoreDurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedAppendSurvivesAKilledProcess() throws Exception {
        Process probe = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                DurabilityProbe.class.getName(), dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long acknowledged = 0;
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null && acknowledged < 500; line = output.readLine()) {
                if (line.startsWith("ACK ")) {
                    acknowledged = Long.parseLong(line.substring(4));
                }
            }
        } finally {
            probe.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit
            assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).isEqualTo(500);

        try (EmbeddedMongoServer server = EmbeddedMongoServer.onFile(dataDir);
             MongoClient client = server.newClient()) {
            MongoCommitEventStorageEngine engine = MongoCommitEventStorageEngine.builder()
                    .database(client.getDatabase("verbund"))
                    .eventSerializer(EventStoreConfiguration.jacksonSerializer())
                    .snapshotSerializer(EventStoreConfiguration.jacksonSerializer())
                    .build();
            assertThat(engine.lastSequenceNumberFor("durable-ledger")).hasValueSatisfying(
                    last -> assertThat(last + 1).as("events stored").isGreaterThanOrEqualTo(500));
            assertThat(engine.readEvents(null, false).count()).isGreaterThanOrEqualTo(500);
        }
    }
}

package org.verbund.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged gateway as an operator runs it, in its own process: with live streams open and used, SIGTERM stops it
 * within 5 s, and it starts again on the same data directory at once (the embedded store's file is not left locked).
 */
class GatewayShutdownIT {

    @TempDir
    Path dataDir;

    @Test
    void stopsWithin5sOfSigtermWithStreamsOpenAndStartsAgainOnTheSameData() throws Exception {
        try (GatewayProcess child = new GatewayProcess(dataDir)) {
            Process gateway = child.start();
            String base = child.baseUrl();
            String token = child.tokenFor("dez5", "COORDINATOR");
            List<SseClient> streams = new ArrayList<>();
            for (String path : List.of("/api/cooperation/milestones/stream", "/api/funding/portfolio/stream",
                                       "/api/funding/placements/stream")) {
                SseClient stream = SseClient.open(base, path, token, null);
                assertThat(stream.next(Duration.ofSeconds(10)).retry()).isNotNull();
                assertThat(stream.nextMessage().event()).isEqualTo("snapshot");
                streams.add(stream);
            }
            RunningGateway.Response created = child.post("/api/organisations", token,
                    "{\"name\": \"Diakonisches Werk\", \"shortName\": \"DW\", \"kind\": \"NON_PROFIT_CARRIER\"}",
                    Map.of());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String registered = created.location();

            long signalled = System.nanoTime();
            gateway.destroy(); // SIGTERM
            boolean stopped = gateway.waitFor(10, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - signalled);
            System.out.printf("Stopped %d ms after SIGTERM, with %d streams open%n", took.toMillis(), streams.size());
            assertThat(stopped).as("stopped within 10 s; its log:%n%s", child.logText()).isTrue();
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            for (SseClient stream : streams) {
                assertThat(stream.endsWithin(Duration.ofSeconds(1))).as("the stream was closed").isTrue();
                stream.close();
            }

            child.start();
            String again = child.tokenFor("dez5", "COORDINATOR");
            assertThat(child.read(URI.create(registered).getPath(), again).path("name").asText())
                    .isEqualTo("Diakonisches Werk");
            assertThat(child.logText()).doesNotContain("The file is locked");
        }
    }
}

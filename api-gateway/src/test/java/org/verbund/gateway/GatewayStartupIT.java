package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.springboot.updates.UpdateCheckConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application starts on the embedded default (H2 file in a fresh data directory), reaches its store and says so
 * on the health endpoint, to those allowed to know: anonymous callers learn only UP or DOWN, the store's port and
 * files and the metrics are for admins and the metrics scraper. It does not phone home.
 */
class GatewayStartupIT {

    private static final String METRICS_SECRET = "it-metrics-secret";

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;

    @BeforeAll
    static void start() {
        gateway = new RunningGateway(dataDir, "", "--verbund.security.metrics-client-secret=" + METRICS_SECRET);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void anonymousCallersLearnOnlyWhetherItIsUp() throws Exception {
        RunningGateway.Response health = gateway.get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().properties()).extracting(java.util.Map.Entry::getKey).containsExactly("status");
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.body()).doesNotContain(dataDir.toString()).doesNotContain("localhost");
    }

    @Test
    void adminsSeeTheEmbeddedStoreInTheHealthDetails() throws Exception {
        JsonNode health = gateway.get("/actuator/health", gateway.adminToken()).json();

        JsonNode store = health.path("components").path("eventStore");
        assertThat(store.path("status").asText()).isEqualTo("UP");
        assertThat(store.path("details").path("store").asText()).contains("H2 file").contains(dataDir.toString());
        assertThat(Files.exists(dataDir.resolve("verbund.mv"))).isTrue();
    }

    @Test
    void metricsAreForTheMetricsScraperAndAdminsOnly() throws Exception {
        assertThat(gateway.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(gateway.get("/actuator/metrics", null).status()).isEqualTo(401);
        assertThat(gateway.get("/actuator/prometheus", gateway.tokenFor("dez5", "COORDINATOR")).status())
                .isEqualTo(403);

        RunningGateway.Response metrics = gateway.get("/actuator/prometheus",
                                                      gateway.token("verbund-metrics", METRICS_SECRET));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("mongodb_driver_commands_seconds_count").contains("jvm_memory_used_bytes");
        assertThat(gateway.get("/actuator/prometheus", gateway.adminToken()).status()).isEqualTo(200);
        assertThat(gateway.get("/api/organisations", gateway.token("verbund-metrics", METRICS_SECRET)).status())
                .as("a scraper reads metrics, nothing of the network").isEqualTo(403);
    }

    @Test
    void theUpdateCheckerIsOffUnlessSwitchedOn() {
        assertThat(gateway.bean(UpdateCheckConfiguration.class).getDisabled()).isTrue();
    }
}

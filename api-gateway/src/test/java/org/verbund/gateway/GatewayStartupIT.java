package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application starts on the embedded default (H2 file in a fresh data directory), reaches its store and says so
 * on the health endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability // Spring Boot tests switch metrics export off unless asked
class GatewayStartupIT {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("verbund.store.data-dir", () -> dataDir.toString());
        registry.add("verbund.store.mongodb-uri", () -> "");
    }

    @LocalServerPort
    int port;

    @Test
    void answersHealthWithTheEmbeddedStoreUp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = new ObjectMapper().readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        JsonNode store = health.path("components").path("eventStore");
        assertThat(store.path("status").asText()).isEqualTo("UP");
        assertThat(store.path("details").path("store").asText()).contains("H2 file").contains(dataDir.toString());
        assertThat(Files.exists(dataDir.resolve("verbund.mv"))).isTrue();
    }

    @Test
    void exposesPrometheusMetricsIncludingTheStoreDriver() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("mongodb_driver_commands_seconds_count")
                                   .contains("jvm_memory_used_bytes");
    }
}

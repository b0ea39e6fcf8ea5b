package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The network registry over real HTTP with real tokens: register, read back, read the history with who, on whose
 * behalf and why; stop the gateway, start it again on the same data directory, and read it all again.
 */
class OrganisationApiIT {

    @TempDir
    Path dataDir;

    @Test
    void registersAnOrganisationReadsItBackAndFindsItAgainAfterARestart() throws Exception {
        String clientId;
        String clientSecret;
        String location;
        try (RunningGateway gateway = new RunningGateway(dataDir)) {
            JsonNode coordinator = gateway.createClient("dez5", "COORDINATOR");
            clientId = coordinator.path("clientId").asText();
            clientSecret = coordinator.path("clientSecret").asText();
            String token = gateway.token(clientId, clientSecret);

            RunningGateway.Response created = gateway.post("/api/organisations", token, """
                    {"name": "Caritasverband Dortmund", "shortName": "CV", "kind": "NON_PROFIT_CARRIER",
                     "effectiveOn": "2014-01-15", "reason": "founding member of the network"}""");
            assertThat(created.status()).isEqualTo(201);
            location = created.location();
            assertThat(location).isEqualTo("/api/organisations/" + created.json().path("id").asText());

            await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get(location, token).status() == 200);
            assertOrganisation(gateway.get(location, token).json());
            assertThat(gateway.get("/api/organisations", token).json().findValuesAsText("name"))
                    .contains("Caritasverband Dortmund");

            RunningGateway.Response renamed = gateway.post(location + "/rename", token,
                    "{\"name\": \"Caritas Dortmund\", \"shortName\": \"Caritas\", \"reason\": \"new statutes\"}");
            assertThat(renamed.status()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(10))
                   .until(() -> gateway.get(location, token).json().path("name").asText().equals("Caritas Dortmund"));
            assertHistory(gateway.get(location + "/history", token).json(), clientId);

            // Axon's message monitors report to the Prometheus endpoint once messages flowed
            assertThat(gateway.get("/actuator/prometheus", gateway.adminToken()).body())
                    .contains("commandBus").contains("eventStore");
            assertThat(gateway.get("/v3/api-docs", null).json().path("paths").has("/api/organisations/{id}/rename"))
                    .isTrue();
        }

        try (RunningGateway restarted = new RunningGateway(dataDir)) {
            String token = restarted.token(clientId, clientSecret);
            JsonNode organisation = restarted.get(location, token).json();
            assertThat(organisation.path("name").asText()).isEqualTo("Caritas Dortmund");
            assertThat(organisation.path("registeredOn").asText()).isEqualTo("2014-01-15");
            assertThat(organisation.path("version").asLong()).isEqualTo(1);
            assertHistory(restarted.get(location + "/history", token).json(), clientId);
        }
    }

    private static void assertOrganisation(JsonNode organisation) {
        assertThat(organisation.path("name").asText()).isEqualTo("Caritasverband Dortmund");
        assertThat(organisation.path("shortName").asText()).isEqualTo("CV");
        assertThat(organisation.path("kind").asText()).isEqualTo("NON_PROFIT_CARRIER");
        assertThat(organisation.path("active").asBoolean()).isTrue();
        assertThat(organisation.path("registeredOn").asText()).isEqualTo("2014-01-15");
    }

    private static void assertHistory(JsonNode history, String clientId) {
        assertThat(history).hasSize(2);
        JsonNode registered = history.get(0);
        assertThat(registered.path("type").asText()).isEqualTo("OrganisationRegisteredEvent");
        assertThat(registered.path("effectiveOn").asText()).isEqualTo("2014-01-15");
        assertThat(registered.path("metadata").path("actorId").asText()).isEqualTo(clientId);
        assertThat(registered.path("metadata").path("organisationId").asText()).isEqualTo("dez5");
        assertThat(registered.path("metadata").path("role").asText()).isEqualTo("COORDINATOR");
        assertThat(registered.path("metadata").path("reason").asText()).isEqualTo("founding member of the network");
        assertThat(registered.path("metadata").has("correlationId")).isTrue();
        JsonNode renamed = history.get(1);
        assertThat(renamed.path("type").asText()).isEqualTo("OrganisationRenamedEvent");
        assertThat(renamed.path("payload").path("name").asText()).isEqualTo("Caritas Dortmund");
        assertThat(renamed.path("metadata").path("reason").asText()).isEqualTo("new statutes");
    }
}

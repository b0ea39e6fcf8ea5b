package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may do what, and what bad input gets: always a 4xx problem+json with a stable code, never a 5xx, and nothing
 * stored.
 */
class ApiSecurityAndErrorsIT {

    @TempDir
    static Path dataDir;

    private static RunningGateway gateway;
    private static String coordinator;
    private static String viewer;

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(dataDir);
        coordinator = gateway.tokenFor("dez5", "COORDINATOR");
        viewer = gateway.tokenFor("awo", "VIEWER");
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void withoutAValidTokenNothingIsAnswered() throws Exception {
        assertProblem(gateway.get("/api/organisations", null), 401, "unauthenticated");
        assertProblem(gateway.get("/api/organisations", "not-a-token"), 401, "unauthenticated");
        assertProblem(gateway.post("/api/organisations", null, "{}"), 401, "unauthenticated");
    }

    @Test
    void aViewerReadsButDoesNotWriteAndOnlyAnAdminManagesClients() throws Exception {
        long before = gateway.storedEvents();
        assertThat(gateway.get("/api/organisations", viewer).status()).isEqualTo(200);
        assertProblem(gateway.post("/api/organisations", viewer,
                                   "{\"name\":\"AWO\",\"shortName\":\"AWO\",\"kind\":\"NON_PROFIT_CARRIER\"}"),
                      403, "organisation.coordinators-only");
        assertProblem(gateway.post("/api/admin/clients", coordinator,
                                   "{\"organisationId\":\"x\",\"roles\":[\"ADMIN\"]}"), 403, "forbidden");
        assertThat(gateway.storedEvents()).isEqualTo(before);
    }

    @Test
    void aRevokedClientsTokenStopsWorkingAtOnce() throws Exception {
        JsonNode client = gateway.createClient("planerladen", "COORDINATOR");
        String token = gateway.token(client.path("clientId").asText(), client.path("clientSecret").asText());
        assertThat(gateway.get("/api/organisations", token).status()).isEqualTo(200);

        assertThat(gateway.post("/api/admin/clients/" + client.path("clientId").asText() + "/revoke",
                                gateway.adminToken(), "").status()).isEqualTo(204);

        assertProblem(gateway.get("/api/organisations", token), 401, "unauthenticated");
        assertThat(gateway.get("/api/admin/clients", gateway.adminToken()).body())
                .doesNotContain("clientSecret").contains("\"revoked\":true");
    }

    @Test
    void badInputGetsAProblemWithItsFieldsAndStoresNothing() throws Exception {
        long before = gateway.storedEvents();

        assertProblem(gateway.post("/api/organisations", coordinator, "{\"name\": "), 400, "malformed-request");
        JsonNode wrongType = assertProblem(gateway.post("/api/organisations", coordinator,
                "{\"name\":\"X\",\"shortName\":\"X\",\"kind\":\"BANK\"}"), 400, "validation-failed");
        assertThat(wrongType.path("fields").get(0).path("field").asText()).isEqualTo("kind");
        JsonNode wrongDate = assertProblem(gateway.post("/api/organisations", coordinator,
                "{\"name\":\"X\",\"shortName\":\"X\",\"kind\":\"UNIVERSITY\",\"effectiveOn\":\"yesterday\"}"),
                400, "validation-failed");
        assertThat(wrongDate.path("fields").get(0).path("field").asText()).isEqualTo("effectiveOn");
        JsonNode missing = assertProblem(gateway.post("/api/organisations", coordinator, "{\"shortName\":\"X\"}"),
                                         400, "validation-failed");
        assertThat(missing.path("fields").findValuesAsText("field")).containsExactlyInAnyOrder("name", "kind");

        assertProblem(gateway.get("/api/organisations/no-such-organisation", coordinator), 404, "not-found");
        assertProblem(gateway.get("/api/organisations/no-such-organisation/history", coordinator), 404, "not-found");
        assertProblem(gateway.post("/api/organisations/no-such-organisation/rename", coordinator,
                                   "{\"name\":\"A\",\"shortName\":\"B\"}"), 404, "not-found");

        assertThat(gateway.storedEvents()).as("events stored by refused requests").isEqualTo(before);
    }

    @Test
    void aForbiddenTransitionIsRefusedWithTheRulesCode() throws Exception {
        String location = gateway.post("/api/organisations", coordinator,
                "{\"name\":\"GrünBau\",\"shortName\":\"GB\",\"kind\":\"NON_PROFIT_CARRIER\"}").location();
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get(location, coordinator).status() == 200);
        long before = gateway.storedEvents();

        assertProblem(gateway.post(location + "/rename", coordinator, "{\"name\":\"GrünBau\",\"shortName\":\"GB\"}"),
                      422, "organisation.name-unchanged");
        assertProblem(gateway.post(location + "/join", coordinator, "{\"coordinationBodyId\":\"nobody\"}"),
                      422, "organisation.not-a-coordination-body");
        assertThat(gateway.post(location + "/deactivate", coordinator, "").status()).isEqualTo(204);
        assertProblem(gateway.post(location + "/deactivate", coordinator, "{}"), 409, "organisation.deactivated");

        assertThat(gateway.storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void aWriteRepeatedWithTheSameIdempotencyKeyHappensOnce() throws Exception {
        String body = "{\"name\":\"dobeq\",\"shortName\":\"dobeq\",\"kind\":\"NON_PROFIT_CARRIER\"}";
        long before = gateway.storedEvents();

        RunningGateway.Response first = gateway.post("/api/organisations", coordinator, body, "register-dobeq-1");
        RunningGateway.Response repeat = gateway.post("/api/organisations", coordinator, body, "register-dobeq-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.location()).isEqualTo(first.location());
        assertThat(repeat.json()).isEqualTo(first.json());
        assertThat(gateway.storedEvents()).isEqualTo(before + 1);
        assertProblem(gateway.post("/api/organisations", coordinator, body.replace("dobeq", "Planerladen"),
                                   "register-dobeq-1"), 422, "idempotency-key-reused");
        assertThat(gateway.post("/api/organisations", coordinator, body, "register-dobeq-2").location())
                .as("another key is another write").isNotEqualTo(first.location());
    }

    private static JsonNode assertProblem(RunningGateway.Response response, int status, String code) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        return problem;
    }
}

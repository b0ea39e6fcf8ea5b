package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The network's history for auditors over HTTP: what was done to an organisation, in global order, with who did it
 * on whose behalf and why; paged by position and streamed whole as NDJSON, the same events either way; auditors and
 * admins only.
 */
class AuditHistoryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static String coordinator;
    private static String auditor;
    private static String organisation;

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(dataDir, "", "--verbund.store.embedded-backend=memory");
        coordinator = gateway.tokenFor("dez5", "COORDINATOR");
        auditor = gateway.tokenFor("rpa", "AUDITOR");
        RunningGateway.Response created = gateway.post("/api/organisations", coordinator, """
                {"name": "Caritasverband Dortmund", "shortName": "CV", "kind": "NON_PROFIT_CARRIER",
                 "effectiveOn": "2014-01-15", "reason": "founding member"}""");
        assertThat(created.status()).isEqualTo(201);
        organisation = created.json().path("id").asText();
        assertThat(gateway.post("/api/organisations/" + organisation + "/rename", coordinator,
                                "{\"name\": \"Caritas Dortmund\", \"shortName\": \"Caritas\", \"reason\": \"new statutes\"}")
                          .status()).isEqualTo(204);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void anOrganisationsHistoryIsInTheNetworksHistoryInOrderWithWhoAndWhy() throws Exception {
        List<JsonNode> ofOrganisation = await().atMost(Duration.ofSeconds(10)).until(
                () -> all(gateway.get("/api/audit/events", auditor).json()).stream()
                                                                           .filter(e -> organisation.equals(
                                                                                   e.path("aggregateId").asText()))
                                                                           .toList(),
                events -> events.size() == 2);

        JsonNode registered = ofOrganisation.get(0);
        JsonNode renamed = ofOrganisation.get(1);
        assertThat(registered.path("type").asText()).isEqualTo("OrganisationRegisteredEvent");
        assertThat(registered.path("context").asText()).isEqualTo("network");
        assertThat(registered.path("revision").asText()).isEqualTo("1");
        assertThat(registered.path("sequence").asLong()).isZero();
        assertThat(registered.path("effectiveOn").asText()).isEqualTo("2014-01-15");
        assertThat(registered.path("metadata").path("organisationId").asText()).isEqualTo("dez5");
        assertThat(registered.path("metadata").path("role").asText()).isEqualTo("COORDINATOR");
        assertThat(registered.path("metadata").path("reason").asText()).isEqualTo("founding member");
        assertThat(registered.path("metadata").path("correlationId").asText()).isNotBlank();
        assertThat(renamed.path("type").asText()).isEqualTo("OrganisationRenamedEvent");
        assertThat(renamed.path("sequence").asLong()).isOne();
        assertThat(renamed.path("metadata").path("reason").asText()).isEqualTo("new statutes");
        assertThat(renamed.path("position").asLong()).isGreaterThan(registered.path("position").asLong());
        assertThat(recordedAt(renamed)).isAfterOrEqualTo(recordedAt(registered));
    }

    @Test
    void pagesByPositionAndTheNdjsonExportHoldsTheSameEvents() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(
                () -> all(gateway.get("/api/audit/events", auditor).json()).size() >= 2);
        List<Long> paged = new ArrayList<>();
        String page = "/api/audit/events?limit=1";
        while (page != null) {
            RunningGateway.Response answer = gateway.get(page, auditor);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().size()).isLessThanOrEqualTo(1);
            answer.json().forEach(event -> paged.add(event.path("position").asLong()));
            Matcher next = NEXT.matcher(answer.header("Link") == null ? "" : answer.header("Link"));
            page = next.find() ? next.group(1) : null;
        }
        assertThat(paged).isSorted().doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(2);

        RunningGateway.Response export = gateway.send("GET", "/api/audit/events", auditor, null,
                                                      Map.of("Accept", "application/x-ndjson"));
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/x-ndjson");
        List<Long> exported = new ArrayList<>();
        for (String line : export.body().split("\n")) {
            exported.add(JSON.readTree(line).path("position").asLong());
        }
        assertThat(exported).startsWith(paged.toArray(Long[]::new));

        String after = "/api/audit/events?after=" + paged.get(0);
        assertThat(gateway.get(after, auditor).json().get(0).path("position").asLong()).isEqualTo(paged.get(1));
    }

    @Test
    void onlyAuditorsAndAdminsReadItAndABadPositionIs400() throws Exception {
        assertThat(gateway.get("/api/audit/events", null).status()).isEqualTo(401);
        assertThat(gateway.get("/api/audit/events", coordinator).status()).isEqualTo(403);
        assertThat(gateway.get("/api/audit/events", gateway.tokenFor("caritas", "PARTNER")).status()).isEqualTo(403);
        assertThat(gateway.get("/api/audit/events", gateway.adminToken()).status()).isEqualTo(200);
        for (String bad : List.of("after=x", "after=-2", "limit=0", "limit=1001")) {
            RunningGateway.Response refused = gateway.get("/api/audit/events?" + bad, auditor);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).as(bad).startsWith("application/problem+json");
        }
    }

    private static List<JsonNode> all(JsonNode array) {
        List<JsonNode> events = new ArrayList<>();
        array.forEach(events::add);
        return events;
    }

    private static java.time.Instant recordedAt(JsonNode event) {
        return java.time.Instant.parse(event.path("recordedAt").asText());
    }
}

package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The network's history narrowed for auditors over HTTP: by organisation, type, context, aggregate and recorded time,
 * alone and combined, paged (the next link keeps the filter) and as NDJSON, each answer equal to the whole history
 * filtered here; the same before and after the audit index has caught up; and a misspelt or malformed filter is a
 * 400 problem naming it, never the whole history.
 */
class AuditHistoryFiltersIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static String auditor;
    private static String renamedOne;

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(dataDir, "", "--verbund.store.embedded-backend=memory",
                                     "--verbund.audit.index.poll-interval=100ms", "--verbund.audit.index.chunk-size=2");
        String dez5 = gateway.tokenFor("dez5", "COORDINATOR");
        String sozial = gateway.tokenFor("sozialamt", "COORDINATOR");
        auditor = gateway.tokenFor("rpa", "AUDITOR");
        for (int i = 0; i < 3; i++) {
            register(i % 2 == 0 ? dez5 : sozial, "Träger " + i);
        }
        renamedOne = register(dez5, "Caritasverband Dortmund");
        assertThat(gateway.post("/api/organisations/" + renamedOne + "/rename", dez5,
                                "{\"name\": \"Caritas Dortmund\", \"shortName\": \"Caritas\", \"reason\": \"new statutes\"}")
                          .status()).isEqualTo(204);
    }

    private static String register(String token, String name) throws Exception {
        RunningGateway.Response created = gateway.post("/api/organisations", token, """
                {"name": "%s", "shortName": "T", "kind": "NON_PROFIT_CARRIER", "effectiveOn": "2014-01-15"}"""
                .formatted(name));
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void everyFilterAnswersWhatTheWholeHistoryFilteredSaysBeforeAndAfterTheIndexCaughtUp() throws Exception {
        List<JsonNode> all = await().atMost(Duration.ofSeconds(10)).until(
                () -> paged("/api/audit/events?limit=1000"), events -> events.size() >= 5);
        JsonNode renamed = all.stream().filter(e -> "OrganisationRenamedEvent".equals(e.path("type").asText()))
                              .findFirst().orElseThrow();
        String at = renamed.path("recordedAt").asText();
        Map<String, Predicate<JsonNode>> filters = Map.of(
                "organisation=dez5", e -> "dez5".equals(e.path("metadata").path("organisationId").asText()),
                "type=OrganisationRenamedEvent", e -> "OrganisationRenamedEvent".equals(e.path("type").asText()),
                "context=network", e -> "network".equals(e.path("context").asText()),
                "aggregate=" + renamedOne, e -> renamedOne.equals(e.path("aggregateId").asText()),
                "organisation=sozialamt&type=OrganisationRegisteredEvent&context=network",
                e -> "sozialamt".equals(e.path("metadata").path("organisationId").asText())
                     && "OrganisationRegisteredEvent".equals(e.path("type").asText()),
                "from=" + encode(at), e -> isAfter(e, at),
                "to=" + encode(at) + "&organisation=dez5", e -> isBefore(e, at)
                        && "dez5".equals(e.path("metadata").path("organisationId").asText()),
                "organisation=nobody", e -> false);
        for (int round = 0; round < 2; round++) {
            for (Map.Entry<String, Predicate<JsonNode>> filter : filters.entrySet()) {
                List<JsonNode> expected = all.stream().filter(filter.getValue()).toList();
                assertThat(positions(paged("/api/audit/events?limit=1&" + filter.getKey())))
                        .as("%s, paged by 1", filter.getKey()).isEqualTo(positions(expected));
                assertThat(positions(exported("/api/audit/events?" + filter.getKey())))
                        .as("%s, as NDJSON", filter.getKey()).isEqualTo(positions(expected));
            }
            // the second round is served from the index, once the indexer has reached the end of the history
            long last = all.get(all.size() - 1).path("position").asLong();
            await().atMost(Duration.ofSeconds(10)).until(
                    () -> gateway.bean(org.verbund.core.audit.HistoryIndex.class).indexedUpTo() >= last);
        }
        assertThat(paged("/api/audit/events?aggregate=" + renamedOne)).extracting(e -> e.path("type").asText())
                .containsExactly("OrganisationRegisteredEvent", "OrganisationRenamedEvent");
    }

    @Test
    void theNextLinkKeepsTheFilter() throws Exception {
        RunningGateway.Response first = gateway.get("/api/audit/events?limit=1&organisation=dez5&context=network",
                                                    auditor);
        assertThat(first.status()).isEqualTo(200);
        Matcher next = NEXT.matcher(first.header("Link"));
        assertThat(next.find()).isTrue();
        assertThat(next.group(1)).contains("organisation=dez5").contains("context=network").contains("limit=1")
                                 .contains("after=" + first.json().get(0).path("position").asLong());
    }

    @Test
    void aMisspeltRepeatedOrMalformedFilterIs400NamingIt() throws Exception {
        Map<String, String> refusals = Map.of("organization=dez5", "organization",
                                              "type=A&type=B", "type",
                                              "type=not%20a%20type", "type",
                                              "context=Funding!", "context",
                                              "from=yesterday", "from",
                                              "to=2016-13-01T00:00:00Z", "to",
                                              "from=2017-01-01T00:00:00Z&to=2016-01-01T00:00:00Z", "to",
                                              "aggregate=", "aggregate",
                                              "after=9223372036854775807&organisation=dez5", "after");
        for (Map.Entry<String, String> bad : refusals.entrySet()) {
            for (String accept : List.of("application/json", "application/x-ndjson")) {
                RunningGateway.Response refused = gateway.send("GET", "/api/audit/events?" + bad.getKey(), auditor,
                                                               null, Map.of("Accept", accept));
                assertThat(refused.status()).as("%s (%s)", bad.getKey(), accept).isEqualTo(400);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.json().path("code").asText()).isEqualTo("validation-failed");
                assertThat(refused.json().path("fields").get(0).path("field").asText()).as(bad.getKey())
                                                                                     .isEqualTo(bad.getValue());
            }
        }
        assertThat(gateway.get("/api/audit/events?organisation=dez5", gateway.tokenFor("dez5", "COORDINATOR"))
                          .status()).isEqualTo(403);
    }

    private static List<JsonNode> paged(String first) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        String page = first;
        while (page != null) {
            RunningGateway.Response answer = gateway.get(page, auditor);
            assertThat(answer.status()).as(page).isEqualTo(200);
            answer.json().forEach(events::add);
            Matcher next = NEXT.matcher(answer.header("Link") == null ? "" : answer.header("Link"));
            page = next.find() ? next.group(1) : null;
        }
        return events;
    }

    private static List<JsonNode> exported(String path) throws Exception {
        RunningGateway.Response export = gateway.send("GET", path, auditor, null,
                                                      Map.of("Accept", "application/x-ndjson"));
        assertThat(export.status()).as(path).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        for (String line : export.body().split("\n")) {
            if (!line.isBlank()) {
                events.add(JSON.readTree(line));
            }
        }
        return events;
    }

    private static List<Long> positions(List<JsonNode> events) {
        return events.stream().map(e -> e.path("position").asLong()).toList();
    }

    private static boolean isBefore(JsonNode event, String instant) {
        return java.time.Instant.parse(event.path("recordedAt").asText()).isBefore(java.time.Instant.parse(instant));
    }

    private static boolean isAfter(JsonNode event, String instant) {
        return !isBefore(event, instant);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

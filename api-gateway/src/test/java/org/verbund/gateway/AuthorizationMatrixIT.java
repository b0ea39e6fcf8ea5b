package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Walks the README's authorization matrix over HTTP: every endpoint of the OpenAPI document (and the token endpoint)
 * for every kind of caller, against one world of objects, and fails on every cell that differs from the table (and
 * on every endpoint the table lacks). Writes on an existing object carry a stale {@code If-Match}: a caller who may
 * act gets 409 {@code concurrent-modification} and nothing changes, one who may not gets 403 or 404 (who may act is
 * decided first). A cell is {@code ✓} when the caller passes the who-may check: 2xx, or 409/422 from the object's
 * state or content; otherwise it is the refusal's status.
 */
class AuthorizationMatrixIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path README = Path.of("..", "README.md");
    private static final String START = "<!-- authorization-matrix:start -->";
    private static final String END = "<!-- authorization-matrix:end -->";
    static final List<String> CALLERS = List.of("anonymous", "METRICS", "VIEWER", "AUDITOR", "PARTNER lead",
                                                "PARTNER member", "PARTNER other", "COORDINATOR", "ADMIN");
    private static final String LEAD = "am-lead";
    private static final String MEMBER = "am-member";
    private static final String OTHER = "am-other";
    private static final String BODY = "am-body";

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static final Map<String, String> tokens = new LinkedHashMap<>();
    private static final Map<String, String> world = new LinkedHashMap<>();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(dataDir, "", "--verbund.store.embedded-backend=memory");
        gateway.registered("dez5", LEAD, MEMBER, OTHER);
        gateway.registeredBodies(BODY);
        tokens.put("METRICS", gateway.tokenFor("verbund-network", "METRICS"));
        tokens.put("VIEWER", gateway.tokenFor(OTHER, "VIEWER"));
        tokens.put("AUDITOR", gateway.tokenFor(OTHER, "AUDITOR"));
        tokens.put("PARTNER lead", gateway.tokenFor(LEAD, "PARTNER"));
        tokens.put("PARTNER member", gateway.tokenFor(MEMBER, "PARTNER"));
        tokens.put("PARTNER other", gateway.tokenFor(OTHER, "PARTNER"));
        tokens.put("COORDINATOR", gateway.tokenFor("dez5", "COORDINATOR"));
        tokens.put("ADMIN", gateway.adminToken());
        buildWorld();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    /** One object of each kind, led by {@code am-lead}, with {@code am-member} in it where the kind has members. */
    private static void buildWorld() throws Exception {
        String coordinator = tokens.get("COORDINATOR");
        String lead = tokens.get("PARTNER lead");
        world.put("organisation", LEAD);
        world.put("programme", created("/api/funding/programmes", coordinator, """
                {"name": "Land/ESF", "funderLevel": "STATE", "call": {"name": "Aufruf", "submissionDeadline": "2030-01-01"}}"""));
        world.put("application", created("/api/funding/applications", lead, """
                {"programmeId": "%s", "title": "Projekt", "leadApplicantId": "%s", "partnerIds": ["%s"],
                 "requestedAmount": "100.00", "period": {"from": "2018-01-01", "to": "2018-12-31"}}"""
                .formatted(world.get("programme"), LEAD, MEMBER)));
        world.put("group", created("/api/workshops/groups", coordinator, """
                {"name": "AK", "mandate": "Austausch", "leadingOrganisationId": "%s", "managingOrganisationId": "%s",
                 "reportsToId": "%s", "memberIds": ["%s"], "publishesResults": false}""".formatted(LEAD, LEAD, BODY, MEMBER)));
        world.put("series", created("/api/workshops/groups/" + world.get("group") + "/series", lead,
                                    "{\"title\": \"Reihe\"}"));
        world.put("meeting", created("/api/workshops/meetings", lead, """
                {"groupId": "%s", "title": "Sitzung", "startsAt": "2018-03-01T10:00:00"}""".formatted(world.get("group"))));
        world.put("partnership", created("/api/cooperation/partnerships", coordinator, """
                {"partnerCity": "Plovdiv", "country": "Bulgarien", "participantIds": ["%s"]}""".formatted(LEAD)));
        world.put("visit", created("/api/cooperation/visits", lead, """
                {"partnershipId": "%s", "kind": "WORKING_VISIT", "period": {"from": "2018-05-02", "to": "2018-05-04"}}"""
                .formatted(world.get("partnership"))));
        world.put("contact", created("/api/cooperation/contacts", lead, """
                {"partnershipId": "%s", "institution": "NGO", "level": "NGO", "role": "TOPIC", "name": "Beispiel"}"""
                .formatted(world.get("partnership"))));
        world.put("agreement", created("/api/cooperation/agreements", lead, """
                {"partnershipId": "%s", "title": "Vereinbarung"}""".formatted(world.get("partnership"))));
        world.put("client", gateway.createClient(OTHER, "VIEWER").path("clientId").asText());
        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.get("/api/workshops/meetings/" + world.get("meeting"),
                                                                       lead).status() == 200
                && gateway.get("/api/cooperation/contacts/" + world.get("contact"), lead).status() == 200
                && gateway.get("/api/funding/applications/" + world.get("application"), lead).status() == 200);
    }

    @Test
    void everyCellOfTheReadmesMatrixHoldsOverHttp() throws Exception {
        Map<String, List<String>> expected = matrixInReadme();
        Map<String, OpenApiWrites.Write> writes = new LinkedHashMap<>();
        new OpenApiWrites(gateway.get("/v3/api-docs", null).body(), AuthorizationMatrixIT::known).all()
                .forEach(write -> writes.put(write.template(), write));
        List<String> endpoints = endpoints();
        List<String> differences = new ArrayList<>();
        StringBuilder observedTable = new StringBuilder();
        for (String endpoint : endpoints) {
            List<String> observed = new ArrayList<>();
            for (String caller : CALLERS) {
                observed.add(cell(endpoint, caller, writes));
            }
            observedTable.append("| `").append(endpoint).append("` | ").append(String.join(" | ", observed))
                         .append(" |\n");
            List<String> said = expected.get(endpoint);
            for (int column = 0; column < CALLERS.size(); column++) {
                if (said == null || !observed.get(column).equals(said.get(column))) {
                    differences.add(endpoint + " as " + CALLERS.get(column) + ": the README says "
                                    + (said == null ? "nothing" : said.get(column)) + ", the gateway answered "
                                    + observed.get(column));
                }
            }
        }
        System.out.println("Observed authorization matrix:\n" + observedTable);
        System.out.println("Cells walked: " + endpoints.size() * CALLERS.size());
        assertThat(differences).as("cells that differ from the README").isEmpty();
        assertThat(expected.keySet()).as("rows of the README that are no endpoint").isSubsetOf(endpoints);
    }

    /** What the gateway answers {@code caller} at {@code endpoint} ("GET /api/..."), as a cell of the table. */
    private String cell(String endpoint, String caller, Map<String, OpenApiWrites.Write> writes) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String template = endpoint.substring(endpoint.indexOf(' ') + 1);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + path(template)))
                                                 .timeout(Duration.ofSeconds(20));
        String token = tokens.get(caller);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("GET")) {
            request.GET();
        } else if (template.equals("/oauth2/token")) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                   .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"));
        } else {
            OpenApiWrites.Write write = writes.get(template);
            String body = write == null || write.bodyText() == null ? "{}" : write.bodyText();
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (onAnExistingObject(template)) {
                request.header("If-Match", "\"999999\""); // stale: a caller who may act changes nothing
            }
        }
        HttpResponse<InputStream> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        String body;
        try (InputStream stream = answer.body()) {
            // a live stream that opened is an answer: read no further than its first bytes
            body = template.endsWith("/stream") && answer.statusCode() == 200 ? ""
                    : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
        int status = answer.statusCode();
        if (status == 401 || status == 403 || status == 404) {
            return String.valueOf(status);
        }
        if (status / 100 == 2 || status == 409 || status == 422) {
            return "✓";
        }
        return "? " + status + " " + body.substring(0, Math.min(200, body.length()));
    }

    /** A write that names an object that exists (so that a stale If-Match applies), not one that makes a new one. */
    private static boolean onAnExistingObject(String template) {
        return template.matches(".*/\\{[a-zA-Z]+}/.+") && !template.startsWith("/api/admin/");
    }

    private static String path(String template) {
        if (template.equals("/api/funding/schedules/degressive")) {
            return template + "?monthlyRate=1000.00&rates=0.7&rates=0.6&start=2018-01";
        }
        String path = template;
        for (String segment : template.split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1).replaceAll(":.*", "");
                path = path.replace(segment, pathValue(template, name, segment));
            }
        }
        return path;
    }

    private static String pathValue(String template, String name, String segment) {
        if (segment.contains(":")) {
            return segment.substring(segment.indexOf(':') + 1, segment.length() - 1).split("\\|")[0];
        }
        return switch (name) {
            case "itemId", "goalId", "amendmentId", "correctionId" -> "known-" + name;
            case "personRef" -> "person-am";
            case "clientId" -> world.get("client");
            case "bodyId" -> BODY;
            case "organisationId" -> MEMBER;
            default -> known(template, name);
        };
    }

    /** A value that names something of the world, for a path segment or field of that name. */
    static String known(String template, String name) {
        if (name.equals("id")) {
            for (Map.Entry<String, String> collection : Map.of(
                    "/api/organisations/", "organisation", "/api/funding/programmes/", "programme",
                    "/api/funding/applications/", "application", "/api/workshops/groups/", "group",
                    "/api/workshops/meetings/", "meeting", "/api/cooperation/partnerships/", "partnership",
                    "/api/cooperation/visits/", "visit", "/api/cooperation/contacts/", "contact",
                    "/api/workshops/series/", "series").entrySet()) {
                if (template.startsWith(collection.getKey())) {
                    return world.get(collection.getValue());
                }
            }
        }
        return switch (name) {
            case "transition" -> template.contains("/visits/") ? "hold" : template.contains("/agreements/")
                    ? "negotiate" : template.contains("/meetings/") ? "hold" : "submit";
            case "change" -> "agree";
            case "state" -> "done";
            case "decision" -> "approve";
            case "deadline" -> "statement";
            case "programmeId" -> world.get("programme");
            case "predecessorId", "fundingApplicationId" -> world.get("application");
            case "groupId" -> world.get("group");
            case "seriesId" -> world.get("series");
            case "meetingId", "atMeetingId" -> world.get("meeting");
            case "partnershipId" -> world.get("partnership");
            case "establishedDuringVisitId" -> world.get("visit");
            case "agreementId" -> world.get("agreement");
            case "reportsToId", "coordinationBodyId", "bodyId" -> BODY;
            case "name" -> "organisations";
            case "corrects" -> "minutes";
            case "leadApplicantId", "leadingOrganisationId", "managingOrganisationId", "ownerId",
                 "participantIds", "signatoryIds", "decidedByIds" -> LEAD;
            case "organisationId", "partnerIds", "memberIds" -> MEMBER;
            default -> "known-" + name;
        };
    }

    /**
     * Every endpoint of the OpenAPI document as "METHOD /path/{template}", the token endpoint and the operations',
     * in order, but the processor replay last (it empties read models for a moment).
     */
    private static List<String> endpoints() throws Exception {
        JsonNode api = JSON.readTree(gateway.get("/v3/api-docs", null).body());
        Set<String> endpoints = new TreeSet<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> endpoints.add(method.toUpperCase() + " " + path.getKey())));
        endpoints.addAll(List.of("POST /oauth2/token", "GET /v3/api-docs", "GET /actuator/health",
                                 "GET /actuator/prometheus"));
        List<String> ordered = new ArrayList<>(endpoints);
        ordered.sort((one, other) -> Boolean.compare(one.endsWith("/replay"), other.endsWith("/replay")));
        return ordered;
    }

    /** The table between the README's markers: endpoint to one cell per caller. */
    static Map<String, List<String>> matrixInReadme() throws IOException {
        String readme = Files.readString(README);
        String table = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : table.split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|");
            List<String> values = new ArrayList<>();
            for (int cell = 1; cell < cells.length; cell++) {
                values.add(cells[cell].trim());
            }
            assertThat(values).as(line).hasSize(CALLERS.size());
            rows.put(cells[0].trim().replace("`", ""), values);
        }
        return rows;
    }

    private static String created(String path, String token, String body) throws Exception {
        RunningGateway.Response response = gateway.post(path, token, body);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }
}

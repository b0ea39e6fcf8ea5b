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
    private static final String START_REBUILD = "POST /api/admin/projections/{name}/rebuild";
    static final List<String> CALLERS = List.of("anonymous", "METRICS", "VIEWER", "AUDITOR", "PARTNER lead",
                                                "PARTNER member", "PARTNER other", "COORDINATOR", "ADMIN");

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static TestWorld world;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(dataDir, "", "--verbund.store.embedded-backend=memory");
        world = TestWorld.on(gateway);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void everyCellOfTheReadmesMatrixHoldsOverHttp() throws Exception {
        Map<String, List<String>> expected = matrixInReadme();
        Map<String, OpenApiWrites.Write> writes = new LinkedHashMap<>();
        new OpenApiWrites(gateway.get("/v3/api-docs", null).body(), world::known).all()
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + world.path(template)))
                                                 .timeout(Duration.ofSeconds(20));
        String token = world.token(caller);
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

    /**
     * Every endpoint of the OpenAPI document as "METHOD /path/{template}", the token endpoint, the operations' and
     * the dashboard page's, in order, but a rebuild is started first (so that its progress, swap and cancel have one
     * to act on).
     */
    private static List<String> endpoints() throws Exception {
        JsonNode api = JSON.readTree(gateway.get("/v3/api-docs", null).body());
        Set<String> endpoints = new TreeSet<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> endpoints.add(method.toUpperCase() + " " + path.getKey())));
        endpoints.addAll(List.of("POST /oauth2/token", "GET /v3/api-docs", "GET /actuator/health",
                                 "GET /actuator/prometheus", "GET /", "GET /dashboard/settings.json"));
        List<String> ordered = new ArrayList<>(endpoints);
        ordered.sort((one, other) -> Boolean.compare(other.equals(START_REBUILD), one.equals(START_REBUILD)));
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
}

package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged gateway as an operator runs it, in its own process: with live streams open and used, SIGTERM stops it
 * within 5 s, and it starts again on the same data directory at once (the embedded store's file is not left locked).
 */
class GatewayShutdownIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path JAR = Path.of("target", "verbund-gateway.jar");

    @TempDir
    Path dataDir;

    @Test
    void stopsWithin5sOfSigtermWithStreamsOpenAndStartsAgainOnTheSameData() throws Exception {
        assertThat(JAR).as("the packaged gateway (mvn package builds it before the ITs)").exists();
        int port = freePort();
        String base = "http://localhost:" + port;
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-gateway.log");
        Process gateway = start(port, log);
        try {
            awaitUp(base, gateway, log);
            String token = token(base);
            List<SseClient> streams = new ArrayList<>();
            for (String path : List.of("/api/cooperation/milestones/stream", "/api/funding/portfolio/stream",
                                       "/api/funding/placements/stream")) {
                SseClient stream = SseClient.open(base, path, token, null);
                assertThat(stream.next(Duration.ofSeconds(10)).retry()).isNotNull();
                assertThat(stream.nextMessage().event()).isEqualTo("snapshot");
                streams.add(stream);
            }
            HttpResponse<String> created = post(base, "/api/organisations", token,
                    "{\"name\": \"Diakonisches Werk\", \"shortName\": \"DW\", \"kind\": \"NON_PROFIT_CARRIER\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String registered = created.headers().firstValue("Location").orElseThrow();

            long signalled = System.nanoTime();
            gateway.destroy(); // SIGTERM
            boolean stopped = gateway.waitFor(10, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - signalled);
            System.out.printf("Stopped %d ms after SIGTERM, with %d streams open%n", took.toMillis(), streams.size());
            assertThat(stopped).as("stopped within 10 s; its log:%n%s", Files.readString(log)).isTrue();
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            for (SseClient stream : streams) {
                assertThat(stream.endsWithin(Duration.ofSeconds(1))).as("the stream was closed").isTrue();
                stream.close();
            }

            gateway = start(port, log);
            awaitUp(base, gateway, log);
            String again = token(base);
            assertThat(get(base, URI.create(registered).getPath(), again).path("name").asText())
                    .isEqualTo("Diakonisches Werk");
            assertThat(Files.readString(log)).doesNotContain("The file is locked");
        } finally {
            gateway.destroyForcibly();
            gateway.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Process start(int port, Path log) throws IOException {
        return new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                JAR.toString(), "--server.port=" + port, "--verbund.store.data-dir=" + dataDir,
                "--verbund.store.mongodb-uri=", "--verbund.security.issuer-uri=",
                "--verbund.security.admin-client-id=" + RunningGateway.ADMIN_ID,
                "--verbund.security.admin-client-secret=" + RunningGateway.ADMIN_SECRET))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitUp(String base, Process gateway, Path log) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            assertThat(gateway.isAlive()).as("the gateway runs; its log:%n%s", Files.readString(log)).isTrue();
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                                 HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    /** A coordinator's token: an admin token, a client made with it, that client's token. */
    private static String token(String base) throws Exception {
        String admin = issue(base, RunningGateway.ADMIN_ID, RunningGateway.ADMIN_SECRET);
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/clients"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"organisationId\": \"dez5\", \"roles\": [\"COORDINATOR\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode client = JSON.readTree(created.body());
        return issue(base, client.path("clientId").asText(), client.path("clientSecret").asText());
    }

    private static String issue(String base, String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> issued = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        return JSON.readTree(issued.body()).path("access_token").asText();
    }

    private static HttpResponse<String> post(String base, String path, String token, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                         HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode get(String base, String path, String token) throws Exception {
        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return JSON.readTree(read.body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged gateway ({@code target/verbund-gateway.jar}, built by {@code mvn package} before the ITs) as an
 * operator runs it: a child process on a data directory and a port that stay the same across its restarts, with its
 * output in a log file beside the data directory; and the HTTP calls the tests make of it (keep-alive connections).
 */
final class GatewayProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "verbund-gateway.jar");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir;
    private final List<String> moreArguments;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                              .connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    /** A gateway on {@code dataDir} with its own token issuer, started by {@link #start()}. */
    GatewayProcess(Path dataDir, String... moreArguments) throws IOException {
        assertThat(JAR).as("the packaged gateway (mvn package builds it before the ITs)").exists();
        this.dataDir = dataDir;
        this.moreArguments = List.of(moreArguments);
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-gateway.log");
    }

    /** Starts the gateway (again: appending to the same log) and waits until its health is UP; the process. */
    Process start(String... argumentsForThisStart) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                JAR.toString(), "--server.port=" + port, "--verbund.store.data-dir=" + dataDir,
                "--verbund.store.mongodb-uri=", "--verbund.security.issuer-uri=",
                "--verbund.security.admin-client-id=" + RunningGateway.ADMIN_ID,
                "--verbund.security.admin-client-secret=" + RunningGateway.ADMIN_SECRET));
        command.addAll(moreArguments);
        command.addAll(List.of(argumentsForThisStart));
        process = new ProcessBuilder(command).redirectErrorStream(true)
                                             .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Process started = process;
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            assertThat(started.isAlive()).as("the gateway runs; its log:%n%s", logText()).isTrue();
            try {
                return get("/actuator/health", null).status() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
        return process;
    }

    /** SIGKILL (on Linux, what {@link Process#destroyForcibly()} sends): no shutdown hook, no last commit. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
    }

    String logText() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String adminToken() throws IOException, InterruptedException {
        return token(RunningGateway.ADMIN_ID, RunningGateway.ADMIN_SECRET);
    }

    /** A new API client of {@code organisationId} with {@code role}: {clientId, clientSecret}. */
    JsonNode createClient(String organisationId, String role) throws IOException, InterruptedException {
        RunningGateway.Response created = post("/api/admin/clients", adminToken(),
                "{\"organisationId\": \"" + organisationId + "\", \"roles\": [\"" + role + "\"]}", Map.of());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** A token of a new API client (the admin token, a client made with it, that client's token). */
    String tokenFor(String organisationId, String role) throws IOException, InterruptedException {
        JsonNode client = createClient(organisationId, role);
        return token(client.path("clientId").asText(), client.path("clientSecret").asText());
    }

    String token(String clientId, String secret) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        RunningGateway.Response issued = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return issued.json().path("access_token").asText();
    }

    RunningGateway.Response post(String path, String token, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    RunningGateway.Response get(String path, String token) throws IOException, InterruptedException {
        return get(path, token, Map.of());
    }

    /** A GET of a path or, as a {@code Link} header names the next page, of a whole URL. */
    RunningGateway.Response get(String path, String token, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path
                                                                        : baseUrl() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request);
    }

    /** A read that must succeed, as JSON. */
    JsonNode read(String path, String token) throws IOException, InterruptedException {
        RunningGateway.Response read = get(path, token);
        assertThat(read.status()).as(path + ": " + read.body()).isEqualTo(200);
        return read.json();
    }

    private RunningGateway.Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                                                  HttpResponse.BodyHandlers.ofString());
        return new RunningGateway.Response(response.statusCode(),
                                           response.headers().firstValue("Content-Type").orElse(""),
                                           response.headers().firstValue("Location").orElse(null), response.body(),
                                           response.headers());
    }

    static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            kill();
        }
    }
}

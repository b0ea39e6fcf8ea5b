package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardContext;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.context.ConfigurableApplicationContext;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Role;
import org.verbund.core.network.api.OrganisationKind;
import org.verbund.core.network.api.RegisterOrganisationCommand;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The whole gateway started in this JVM on a random port and a given data directory, and a small HTTP client. */
final class RunningGateway implements AutoCloseable {

    static final String ADMIN_ID = "it-admin";
    static final String ADMIN_SECRET = "it-admin-secret";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    /** A gateway that issues its own tokens. */
    RunningGateway(Path dataDir) {
        this(dataDir, "");
    }

    /**
     * A gateway that accepts the tokens of the identity provider at {@code issuerUri} (empty: issues its own), on a
     * random port unless {@code moreArguments} name one ({@code --server.port=...}: a restart on the same address),
     * on the embedded store unless they name another ({@code --verbund.store.mongodb-uri=...}).
     */
    RunningGateway(Path dataDir, String issuerUri, String... moreArguments) {
        this(List.of(), dataDir, issuerUri, moreArguments);
    }

    /** The same with test-only configuration classes added to the application's (a test's own seams). */
    RunningGateway(List<Class<?>> testSources, Path dataDir, String issuerUri, String... moreArguments) {
        List<String> arguments = new ArrayList<>();
        if (Arrays.stream(moreArguments).noneMatch(argument -> argument.startsWith("--server.port="))) {
            arguments.add("--server.port=0");
        }
        if (Arrays.stream(moreArguments).noneMatch(argument -> argument.startsWith("--verbund.store.mongodb-uri="))) {
            arguments.add("--verbund.store.mongodb-uri="); // the embedded store, whatever MONGODB_URI says
        }
        arguments.addAll(List.of(
                "--verbund.store.data-dir=" + dataDir,
                "--verbund.security.issuer-uri=" + issuerUri,
                "--verbund.security.admin-client-id=" + ADMIN_ID,
                "--verbund.security.admin-client-secret=" + ADMIN_SECRET));
        arguments.addAll(List.of(moreArguments));
        List<Class<?>> sources = new ArrayList<>(List.of(VerbundGatewayApplication.class));
        sources.addAll(testSources);
        context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(arguments.toArray(String[]::new));
        base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Requests Tomcat holds as asynchronous (streams) now. */
    long asyncInProgress() {
        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        return ((StandardContext) server.getTomcat().getHost().findChildren()[0]).getInProgressAsyncCount();
    }

    String baseUrl() {
        return base;
    }

    /** How many events the store holds (to show that refused requests store nothing). */
    long storedEvents() {
        return context.getBean(EventStorageEngine.class).readEvents(null, false).count();
    }

    /**
     * Registers carriers of the network under these ids (test set-up through the real command bus, as a coordinator;
     * ids registered before are left as they are), so that commands naming them pass the registry's checks.
     */
    void registered(String... organisationIds) {
        register(OrganisationKind.NON_PROFIT_CARRIER, organisationIds);
    }

    /** The same for coordination bodies. */
    void registeredBodies(String... organisationIds) {
        register(OrganisationKind.COORDINATION_BODY, organisationIds);
    }

    private void register(OrganisationKind kind, String... organisationIds) {
        CommandGateway commands = context.getBean(CommandGateway.class);
        Caller setUp = new Caller("test-set-up", "dez5", Role.COORDINATOR, "test set-up", null, null);
        for (String id : organisationIds) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterOrganisationCommand(
                        new OrganisationId(id), id, id, kind, LocalDate.of(2012, 1, 1))).andMetaData(setUp.metaData()));
            } catch (AggregateStreamCreationException registeredBefore) {
                // as wanted
            }
        }
    }

    String token(String clientId, String secret) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=" + URLEncoder.encode("client_credentials",
                                                                                            StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + clientId + ": " + response.statusCode());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    String adminToken() throws IOException, InterruptedException {
        return token(ADMIN_ID, ADMIN_SECRET);
    }

    /** Creates an API client with the given role for an organisation; returns {clientId, clientSecret}. */
    JsonNode createClient(String organisationId, String role) throws IOException, InterruptedException {
        Response created = post("/api/admin/clients", adminToken(),
                                "{\"organisationId\":\"" + organisationId + "\",\"roles\":[\"" + role + "\"]}");
        if (created.status() != 201) {
            throw new IllegalStateException("Client not created: " + created.body());
        }
        return created.json();
    }

    String tokenFor(String organisationId, String role) throws IOException, InterruptedException {
        JsonNode client = createClient(organisationId, role);
        return token(client.path("clientId").asText(), client.path("clientSecret").asText());
    }

    Response get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    Response post(String path, String token, String body) throws IOException, InterruptedException {
        return post(path, token, body, null);
    }

    Response post(String path, String token, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                                                 .header("Content-Type", "application/json")
                                                 .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    /** Any request, with the headers given (a null body: none). */
    Response send(String method, String path, String token, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                             : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request);
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                            response.headers().firstValue("Location").orElse(null), response.body(),
                            response.headers());
    }

    record Response(int status, String contentType, String location, String body, HttpHeaders headers) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The next page a list's {@code Link} header names, or null on its last page. */
        String nextPage() {
            java.util.regex.Matcher next = java.util.regex.Pattern.compile("<([^>]+)>; rel=\"next\"")
                                                                  .matcher(headers.firstValue("Link").orElse(""));
            return next.find() ? next.group(1) : null;
        }
    }

    @Override
    public void close() {
        context.close();
    }
}

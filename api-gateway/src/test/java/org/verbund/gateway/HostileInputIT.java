package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbund.core.eventstore.EventMetadata;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input from the OpenAPI document ({@link HostileRequests}) over HTTP, on every endpoint: no answer is 5xx,
 * every 4xx is problem+json naming no class and showing no stack trace, and nothing a client asked for is stored
 * unless the answer was 2xx. {@code ./mvnw verify} sends 3,000 requests; the profile {@code hostile} sends 12,000:
 * {@code ./mvnw -B verify -pl api-gateway -Phostile -Dit.test=HostileInputIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false} (a seed of its own with {@code -Dverbund.hostile.seed=...}).
 */
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat (java|org|com|jdk)\\.|org\\.springframework|org\\.axonframework|com\\.mongodb|"
            + "de\\.bwaldvogel|java\\.lang|Caused by");

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static TestWorld world;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        // the rate limits are not under test here: with them, most requests would be 429 and test nothing else
        gateway = new RunningGateway(dataDir, "", "--verbund.store.embedded-backend=memory",
                                     "--verbund.limits.reads-per-second=1000000", "--verbund.limits.read-burst=1000000",
                                     "--verbund.limits.writes-per-second=1000000",
                                     "--verbund.limits.write-burst=1000000");
        world = TestWorld.on(gateway);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void noHostileRequestGetsA5xxALeakOrAStoredEventWithoutA2xx() throws Exception {
        int requests = Integer.getInteger("verbund.hostile.requests", 3_000);
        long seed = Long.getLong("verbund.hostile.seed", 20171201L);
        HostileRequests hostile = new HostileRequests(seed, gateway.get("/v3/api-docs", null).body(), world);
        EventStorageEngine events = gateway.bean(EventStorageEngine.class);
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> refusedBeforeSending = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int sent = 0; sent < requests && failures.size() < 20; sent++) {
            HostileRequests.Request request = hostile.next();
            HttpRequest built;
            try {
                built = build(request);
            } catch (IllegalArgumentException notSendable) {
                // the HTTP client itself refuses it (a header with CR LF, a malformed URI): nothing reaches us
                refusedBeforeSending.merge(request.mutation(), 1, Integer::sum);
                continue;
            }
            TrackingToken before = events.createHeadToken();
            HttpResponse<InputStream> answer = http.send(built, HttpResponse.BodyHandlers.ofInputStream());
            int status = answer.statusCode();
            String body;
            try (InputStream stream = answer.body()) {
                body = request.path().contains("/stream") && status == 200 ? ""
                        : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
            statuses.merge(status, 1, Integer::sum);
            String problem = problemIn(status, answer.headers().firstValue("Content-Type").orElse(""), body);
            if (problem != null) {
                failures.add(problem + ": " + request.describe() + " -> " + body.substring(0, Math.min(300,
                                                                                                       body.length())));
            } else if (status / 100 != 2 && clientEventsAfter(events, before) > 0) {
                failures.add("stored an event behind a " + status + ": " + request.describe());
            }
        }
        System.out.printf("Hostile input: %d requests generated over %d endpoints (seed %d); answers by status %s; "
                          + "refused by the HTTP client before sending, by mutation: %s%n", requests,
                          hostile.endpoints(), seed, statuses, refusedBeforeSending);
        assertThat(failures).as("hostile requests answered wrongly").isEmpty();
        assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(requests * 9 / 10);
    }

    /** What is wrong with an answer, or null. */
    private static String problemIn(int status, String contentType, String body) {
        if (status >= 500) {
            return "a " + status;
        }
        if (status >= 400) {
            if (!contentType.startsWith("application/problem+json")) {
                return "a " + status + " that is not problem+json (" + contentType + ")";
            }
            try {
                JsonNode problem = JSON.readTree(body);
                if (problem.path("status").asInt() != status || problem.path("code").asText().isBlank()) {
                    return "a " + status + " problem without its status or code";
                }
            } catch (Exception notJson) {
                return "a " + status + " whose body is not JSON";
            }
            if (INTERNALS.matcher(body).find()) {
                return "a " + status + " that shows internals";
            }
        }
        return null;
    }

    /** Events stored since {@code before} on a client's behalf (Verbund's own, such as a saga's, do not count). */
    private static long clientEventsAfter(EventStorageEngine events, TrackingToken before) {
        try (var stream = events.readEvents(before, false)) {
            return stream.map(TrackedEventMessage.class::cast)
                         .filter(event -> !String.valueOf(event.getMetaData().get(EventMetadata.ACTOR_ID))
                                                 .startsWith(EventMetadata.SYSTEM_ACTOR))
                         .collect(Collectors.counting());
        }
    }

    private static HttpRequest build(HostileRequests.Request request) {
        HttpRequest.Builder built = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + request.path()))
                                               .timeout(Duration.ofSeconds(30));
        String token = world.token(request.caller());
        if (token != null) {
            built.header("Authorization", "Bearer " + token);
        }
        request.headers().forEach(built::header);
        return request.body() == null ? built.GET().build()
                : built.POST(HttpRequest.BodyPublishers.ofByteArray(request.body())).build();
    }
}

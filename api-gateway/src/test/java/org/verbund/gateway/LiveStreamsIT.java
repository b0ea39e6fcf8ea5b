package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live streams as a dashboard meets them: every message says the position it reflects, a client that reconnects with
 * the last id it saw resumes without a snapshot when it missed nothing and gets one when it did, idle streams get
 * heartbeats, and a stream ends within seconds of its client's revocation.
 */
class LiveStreamsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void streamsCarryPositionsResumeFromTheLastIdAndEndWhenTheClientIsRevoked() throws Exception {
        try (RunningGateway gateway = new RunningGateway(dataDir, "", "--verbund.store.embedded-backend=memory",
                                                         "--verbund.limits.stream-heartbeat=300ms")) {
            TestWorld world = TestWorld.on(gateway);
            String lead = world.token("PARTNER lead");
            String application = world.path("/api/funding/applications/{id}");
            String stream = application + "/stream";

            long seen;
            try (SseClient first = SseClient.open(gateway.baseUrl(), stream, lead, null)) {
                assertThat(first.next(Duration.ofSeconds(5)).retry()).as("the first message: retry").isEqualTo(3000);
                SseClient.Message snapshot = first.nextMessage();
                assertThat(snapshot.event()).isEqualTo("snapshot");
                assertThat(snapshot.position()).isLessThan(gateway.storedEvents() + 1);
                long written = plan(gateway, application, lead, "1000.00");
                SseClient.Message update = first.nextMessage();
                assertThat(update.event()).isEqualTo("update");
                assertThat(update.position()).as("the update's id: the write's position").isEqualTo(written);
                assertThat(totalCost(update)).isEqualTo("1000.00");
                assertThat(first.next(Duration.ofSeconds(2)).comment()).as("an idle stream's heartbeat")
                                                                       .isEqualTo("heartbeat");
                seen = update.position();
            }

            try (SseClient resumed = SseClient.open(gateway.baseUrl(), stream, lead, Long.toString(seen))) {
                assertThat(resumed.next(Duration.ofSeconds(5)).retry()).isEqualTo(3000);
                long written = plan(gateway, application, lead, "2000.00");
                SseClient.Message next = resumed.nextMessage();
                assertThat(next.event()).as("a client that missed nothing gets no snapshot").isEqualTo("update");
                assertThat(next.position()).isEqualTo(written);
                assertThat(totalCost(next)).isEqualTo("2000.00");
                seen = next.position();
            }

            long missed = plan(gateway, application, lead, "3000.00"); // while no stream is open
            try (SseClient behind = SseClient.open(gateway.baseUrl(), stream, lead, Long.toString(seen))) {
                assertThat(behind.next(Duration.ofSeconds(5)).retry()).isEqualTo(3000);
                SseClient.Message snapshot = behind.nextMessage();
                assertThat(snapshot.event()).as("a client that missed a change gets a snapshot").isEqualTo("snapshot");
                assertThat(totalCost(snapshot)).isEqualTo("3000.00");
                assertThat(snapshot.position()).isEqualTo(missed);
            }

            for (String malformed : new String[] {"x", "-1", "99999999"}) {
                RunningGateway.Response refused = gateway.send("GET", stream, lead, null,
                        Map.of("Accept", "text/event-stream", "Last-Event-ID", malformed));
                assertThat(refused.status()).as(malformed).isEqualTo(400);
                assertThat(refused.contentType()).startsWith("application/problem+json");
            }

            JsonNode client = gateway.createClient(TestWorld.LEAD, "PARTNER");
            String clientId = client.path("clientId").asText();
            String token = gateway.token(clientId, client.path("clientSecret").asText());
            try (SseClient revoked = SseClient.open(gateway.baseUrl(), stream, token, null)) {
                assertThat(revoked.next(Duration.ofSeconds(5)).retry()).isEqualTo(3000);
                assertThat(revoked.nextMessage().event()).isEqualTo("snapshot");
                long revoking = System.nanoTime();
                assertThat(gateway.post("/api/admin/clients/" + clientId + "/revoke", gateway.adminToken(), "{}")
                                  .status()).isEqualTo(204);
                assertThat(revoked.endsWithin(Duration.ofSeconds(5))).as("the revoked client's stream ends").isTrue();
                System.out.printf("A revoked client's stream ended %d ms after the revocation%n",
                                  Duration.ofNanos(System.nanoTime() - revoking).toMillis());
            }
            assertThat(gateway.get(stream, token).status()).isEqualTo(401);
        }
    }

    /** Sets the application's financing plan to one line of {@code total}; the write's position. */
    private static long plan(RunningGateway gateway, String application, String token, String total)
            throws Exception {
        RunningGateway.Response written = gateway.post(application + "/financing-plan", token,
                "{\"totalCost\": \"%s\", \"lines\": [{\"source\": \"STATE\", \"amount\": \"%s\"}]}"
                        .formatted(total, total));
        assertThat(written.status()).as(written.body()).isEqualTo(204);
        return Long.parseLong(written.header("Verbund-Position"));
    }

    private static String totalCost(SseClient.Message message) throws Exception {
        return JSON.readTree(message.data()).path("financingPlan").path("totalCost").asText();
    }
}

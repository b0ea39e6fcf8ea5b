package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.verbund.gateway.web.LiveUpdates;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One client cannot take a gateway from everyone else: rate limits, lockout, body size, page caps, streams. */
class AbuseLimitsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void assertTooMany(int status, String contentType, String retryAfter, String body, String code)
            throws IOException {
        assertThat(status).isEqualTo(429);
        assertThat(contentType).startsWith("application/problem+json");
        assertThat(Integer.parseInt(retryAfter)).isPositive();
        assertThat(JSON.readTree(body).path("code").asText()).isEqualTo(code);
    }

    /** A gateway with small limits, so that a test reaches them. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SmallLimits {

        @TempDir
        Path dataDir;

        @Test
        void readsAndWritesBeyondAClientsRateAre429AndStoreNothing() throws Exception {
            try (RunningGateway gateway = new RunningGateway(dataDir, "", "--verbund.store.embedded-backend=memory",
                    "--verbund.limits.reads-per-second=1", "--verbund.limits.read-burst=5",
                    "--verbund.limits.writes-per-second=1", "--verbund.limits.write-burst=3")) {
                String busy = gateway.tokenFor("dez5", "COORDINATOR");
                String other = gateway.tokenFor("dez5", "COORDINATOR");
                for (int read = 0; read < 5; read++) {
                    assertThat(gateway.get("/api/organisations", busy).status()).isEqualTo(200);
                }
                RunningGateway.Response limited = gateway.get("/api/organisations", busy);
                assertTooMany(limited.status(), limited.contentType(), limited.header("Retry-After"), limited.body(),
                              "rate-limited");
                assertThat(gateway.get("/api/organisations", other).status()).as("another client").isEqualTo(200);

                String organisation = """
                        {"name": "Träger %d", "shortName": "T%d", "kind": "NON_PROFIT_CARRIER"}""";
                for (int write = 0; write < 3; write++) {
                    assertThat(gateway.post("/api/organisations", busy, organisation.formatted(write, write))
                                      .status()).isEqualTo(201);
                }
                long events = gateway.storedEvents();
                RunningGateway.Response refused = gateway.post("/api/organisations", busy,
                                                               organisation.formatted(9, 9));
                assertTooMany(refused.status(), refused.contentType(), refused.header("Retry-After"),
                              refused.body(), "rate-limited");
                assertThat(gateway.storedEvents()).isEqualTo(events);
            }
        }

        @Test
        void failedSecretsLockTheClientIdAndTheSourceAddress() throws Exception {
            try (RunningGateway gateway = new RunningGateway(dataDir, "", "--verbund.store.embedded-backend=memory",
                                                             "--verbund.limits.failed-secrets-per-minute=3")) {
                JsonNode guessed = gateway.createClient("awo", "PARTNER");
                JsonNode bystander = gateway.createClient("caritasverband", "PARTNER");
                String guessedId = guessed.path("clientId").asText();
                for (int attempt = 0; attempt < 3; attempt++) {
                    assertThat(tokenRequest(gateway, "127.0.0.2", guessedId, "wrong-" + attempt).status())
                            .isEqualTo(401);
                }
                RawHttp.Answer clientLocked = tokenRequest(gateway, "127.0.0.3", guessedId,
                                                           guessed.path("clientSecret").asText());
                assertTooMany(clientLocked.status(), clientLocked.header("Content-Type"),
                              clientLocked.header("Retry-After"), clientLocked.body(), "too-many-failed-attempts");
                RawHttp.Answer addressLocked = tokenRequest(gateway, "127.0.0.2", bystander.path("clientId").asText(),
                                                            bystander.path("clientSecret").asText());
                assertTooMany(addressLocked.status(), addressLocked.header("Content-Type"),
                              addressLocked.header("Retry-After"), addressLocked.body(), "too-many-failed-attempts");
                assertThat(tokenRequest(gateway, "127.0.0.4", bystander.path("clientId").asText(),
                                        bystander.path("clientSecret").asText()).status())
                        .as("another client from another address").isEqualTo(200);
            }
        }

        private RawHttp.Answer tokenRequest(RunningGateway gateway, String from, String clientId, String secret)
                throws IOException {
            String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret)
                                                                      .getBytes(StandardCharsets.UTF_8));
            String body = "grant_type=client_credentials";
            return RawHttp.send(gateway.baseUrl(), from, "POST /oauth2/token HTTP/1.1\r\nAuthorization: Basic "
                    + basic + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                    + body.length() + "\r\n\r\n" + body);
        }
    }

    /** A gateway with the default limits (and quick heartbeats, so that abandoned streams are found soon). */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class DefaultLimits {

        @TempDir
        Path dataDir;

        @Test
        void bodiesOver1MbAre413ListsArePagedStreamsAreCappedAndReleased() throws Exception {
            try (RunningGateway gateway = new RunningGateway(dataDir, "", "--verbund.store.embedded-backend=memory",
                                                             "--verbund.limits.stream-heartbeat=200ms")) {
                String coordinator = gateway.tokenFor("dez5", "COORDINATOR");
                bodiesOver1MbAre413(gateway, coordinator);
                listsArePaged(gateway, coordinator);
                streamsAreCappedAndReleased(gateway);
                long stopping = System.nanoTime();
                gateway.close();
                assertThat(Duration.ofNanos(System.nanoTime() - stopping)).as("shutdown after 1,120 dropped streams")
                                                                          .isLessThan(Duration.ofSeconds(15));
            }
        }

        private void bodiesOver1MbAre413(RunningGateway gateway, String token) throws Exception {
            long events = gateway.storedEvents();
            String padded = "{\"name\": \"Träger\", \"shortName\": \"T\", \"kind\": \"NON_PROFIT_CARRIER\""
                            + " ".repeat(2 * 1024 * 1024) + "}";
            RunningGateway.Response announced = gateway.post("/api/organisations", token, padded);
            assertThat(announced.status()).isEqualTo(413);
            assertThat(JSON.readTree(announced.body()).path("code").asText()).isEqualTo("body-too-large");
            StringBuilder chunked = new StringBuilder("POST /api/organisations HTTP/1.1\r\nAuthorization: Bearer "
                    + token + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            String chunk = " ".repeat(64 * 1024);
            chunked.append("1\r\n{\r\n");
            for (int sent = 0; sent < 32; sent++) {
                chunked.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
            }
            chunked.append("1\r\n}\r\n0\r\n\r\n");
            RawHttp.Answer unannounced = RawHttp.send(gateway.baseUrl(), null, chunked.toString());
            assertThat(unannounced.status()).as(unannounced.head()).isEqualTo(413);
            assertThat(unannounced.header("Content-Type")).startsWith("application/problem+json");
            assertThat(gateway.storedEvents()).isEqualTo(events);
        }

        private void listsArePaged(RunningGateway gateway, String token) throws Exception {
            String[] ids = new String[250];
            for (int number = 0; number < ids.length; number++) {
                ids[number] = "carrier-" + number;
            }
            gateway.registered(ids);
            await().atMost(Duration.ofSeconds(20)).until(() -> gateway.get("/api/organisations?limit=1000", token)
                                                                      .json().size() >= ids.length);
            Set<String> seen = new HashSet<>();
            String next = "/api/organisations";
            int pages = 0;
            while (next != null) {
                RunningGateway.Response page = gateway.get(next, token);
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.json().size()).isLessThanOrEqualTo(100);
                for (JsonNode organisation : page.json()) {
                    assertThat(seen.add(organisation.path("id").asText())).as("each item once").isTrue();
                }
                next = nextLink(page.header("Link"));
                pages++;
            }
            assertThat(seen).contains(ids);
            assertThat(pages).isEqualTo((seen.size() + 99) / 100);
            assertThat(gateway.get("/api/organisations?limit=1000", token).json().size()).isEqualTo(seen.size());
            for (String refused : List.of("limit=1001", "limit=0", "limit=x", "cursor=not-a-cursor",
                                          "cursor=" + Base64.getUrlEncoder().encodeToString("5\nid:gone".getBytes()))) {
                RunningGateway.Response bad = gateway.get("/api/organisations?" + refused, token);
                assertThat(bad.status()).as(refused).isEqualTo(400);
                assertThat(bad.contentType()).startsWith("application/problem+json");
            }
        }

        private static String nextLink(String link) {
            if (link == null) {
                return null;
            }
            Matcher next = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(link);
            return next.find() ? next.group(1) : null;
        }

        private void streamsAreCappedAndReleased(RunningGateway gateway) throws Exception {
            List<String> tokens = new ArrayList<>();
            for (int client = 0; client < 5; client++) {
                tokens.add(gateway.tokenFor("dez5", "COORDINATOR"));
            }
            LiveUpdates live = gateway.bean(LiveUpdates.class);
            openAndAbort(gateway, tokens, 100); // the thread pools reach the size these rounds need
            await().atMost(Duration.ofSeconds(20)).until(() -> live.openStreams() == 0);
            int threadsBefore = threads();
            long filesBefore = openFiles();
            QueryUpdateEmitter updates = gateway.bean(QueryUpdateEmitter.class);
            int subscriptionsBefore = updates.activeSubscriptions().size();

            int opened = 0;
            while (opened < 1_000) {
                opened += openAndAbort(gateway, tokens, 100);
                await().atMost(Duration.ofSeconds(20)).until(() -> live.openStreams() == 0);
            }
            // Tomcat keeps a few aborted streams as async requests until their timeout (a race between the failed
            // write and its own error handling, spring-boot#37145): a handful, never the many of a real leak
            assertThat(updates.activeSubscriptions()).as("query subscriptions").hasSize(subscriptionsBefore);
            long stuck = gateway.asyncInProgress();
            System.out.println("Aborted streams Tomcat still holds as async requests: " + stuck + " of 1,120");
            assertThat(stuck).isLessThanOrEqualTo(22);
            // on a loaded machine Tomcat grows its pool for the queued requests and lets idle workers go only after
            // 60 s: wait past that, so that only threads that never come back (a leak) fail the check
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                assertThat(threads()).as("threads").isLessThanOrEqualTo(threadsBefore + 5);
                assertThat(openFiles()).as("open files").isLessThanOrEqualTo(filesBefore + 5);
            });

            List<Socket> twenty = new ArrayList<>();
            try {
                for (int stream = 0; stream < 20; stream++) {
                    twenty.add(openStream(gateway, tokens.get(0)));
                }
                RunningGateway.Response refused = gateway.send("GET", "/api/cooperation/milestones/stream",
                                                               tokens.get(0), null,
                                                               Map.of("Accept", "text/event-stream"));
                assertTooMany(refused.status(), refused.contentType(), refused.header("Retry-After"), refused.body(),
                              "too-many-streams");
            } finally {
                for (Socket socket : twenty) {
                    socket.close();
                }
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> live.openStreams() == 0);
        }

        /** Opens {@code count} streams spread over the clients, reads each one's snapshot, then drops them all. */
        private int openAndAbort(RunningGateway gateway, List<String> tokens, int count) throws Exception {
            List<Socket> streams = new ArrayList<>();
            try {
                for (int stream = 0; stream < count; stream++) {
                    streams.add(openStream(gateway, tokens.get(stream % tokens.size())));
                }
            } finally {
                for (Socket socket : streams) {
                    socket.close();
                }
            }
            return count;
        }

        private Socket openStream(RunningGateway gateway, String token) throws IOException {
            URI base = URI.create(gateway.baseUrl());
            Socket socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/cooperation/milestones/stream HTTP/1.1\r\nHost: localhost:"
                    + base.getPort() + "\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            StringBuilder seen = new StringBuilder();
            while (!seen.toString().contains("event:snapshot")) {
                int next = in.read();
                if (next < 0) {
                    throw new IOException("The stream ended before its snapshot: " + seen);
                }
                seen.append((char) next);
            }
            assertThat(seen.toString()).startsWith("HTTP/1.1 200");
            return socket;
        }

        private static int threads() {
            return ManagementFactory.getThreadMXBean().getThreadCount();
        }

        private static long openFiles() throws IOException {
            try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
                return descriptors.count();
            }
        }
    }
}

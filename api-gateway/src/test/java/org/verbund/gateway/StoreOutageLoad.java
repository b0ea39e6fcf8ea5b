package org.verbund.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients of the gateway for {@code StoreOutageIT}: writers that each start partnerships one after the other, each
 * with an Idempotency-Key of its own, sent again with the same key while the answer says to retry (503, or 409 while
 * the key's lease runs), until it is acknowledged (201); readers that read one partnership's read model. Every answer
 * is recorded with when it was asked and answered. Each client makes one request at a time, every
 * {@link #PACE} at most, so that the load is the same on any machine.
 */
final class StoreOutageLoad implements AutoCloseable {

    static final Duration PACE = Duration.ofMillis(50);
    /** Longer than any answer may take: a request unanswered by then counts as a hang (status -1). */
    static final Duration NO_ANSWER = Duration.ofSeconds(20);

    /** One answer. {@code kind} is "write" or "read"; {@code code} is the problem's, or null. */
    record Answer(String kind, long askedNanos, long answeredNanos, int status, String contentType,
                  String retryAfter, String code) {

        Duration took() {
            return Duration.ofNanos(answeredNanos - askedNanos);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String coordinator;
    private final String reader;
    private final String participant;
    private final ScheduledExecutorService clients;
    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final AtomicInteger pending = new AtomicInteger();
    final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    /** Acknowledged writes: Idempotency-Key → the id the 201 named (a key acknowledged twice keeps both). */
    final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();

    /**
     * @param coordinator the writers' token
     * @param reader      the readers' token
     * @param participant the organisation taking part in every partnership written
     */
    StoreOutageLoad(RunningGateway gateway, String coordinator, String reader, String participant, String readPath,
                    int writers, int readers) {
        this.base = gateway.baseUrl();
        this.coordinator = coordinator;
        this.reader = reader;
        this.participant = participant;
        this.clients = Executors.newScheduledThreadPool(writers + readers);
        for (int each = 0; each < writers; each++) {
            Writer client = new Writer("w" + each);
            clients.scheduleWithFixedDelay(client::step, 0, PACE.toMillis(), TimeUnit.MILLISECONDS);
        }
        for (int each = 0; each < readers; each++) {
            clients.scheduleWithFixedDelay(() -> send("read", HttpRequest.newBuilder(URI.create(base + readPath))
                                                                         .GET()), 0, PACE.toMillis(),
                                           TimeUnit.MILLISECONDS);
        }
    }

    /** The writers start no new write; those under way go on until acknowledged. */
    void stopNewWrites() {
        writing.set(false);
    }

    /** Writes started and not yet acknowledged. */
    int pendingWrites() {
        return pending.get();
    }

    private final class Writer {
        private final String name;
        private int started;
        private String key;

        Writer(String name) {
            this.name = name;
        }

        void step() {
            if (key == null) {
                if (!writing.get()) {
                    return;
                }
                key = "outage-" + name + "-" + started++;
                pending.incrementAndGet();
            }
            String body = """
                    {"partnerCity": "%s", "country": "Bulgarien", "participantIds": ["%s"]}"""
                    .formatted(key, participant);
            HttpResponse<String> answer = send("write", HttpRequest.newBuilder(URI.create(
                    base + "/api/cooperation/partnerships"))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            if (answer != null && answer.statusCode() == 201) {
                acknowledged.computeIfAbsent(key, any -> new CopyOnWriteArrayList<>())
                            .add(idOf(answer));
                key = null;
                pending.decrementAndGet();
            } else if (answer != null && !retry(answer)) {
                key = null; // recorded: the test fails on it
                pending.decrementAndGet();
            }
        }

        private boolean retry(HttpResponse<String> answer) {
            return answer.statusCode() == 503 || answer.statusCode() == 409
                    && answer.body().contains("idempotency-key-in-progress");
        }
    }

    private HttpResponse<String> send(String kind, HttpRequest.Builder request) {
        long asked = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer "
                    + (kind.equals("write") ? coordinator : reader)).timeout(NO_ANSWER).build(),
                    HttpResponse.BodyHandlers.ofString());
            answers.add(new Answer(kind, asked, System.nanoTime(), response.statusCode(),
                                   response.headers().firstValue("Content-Type").orElse(""),
                                   response.headers().firstValue("Retry-After").orElse(null), codeOf(response)));
            return response;
        } catch (HttpTimeoutException hung) {
            answers.add(new Answer(kind, asked, System.nanoTime(), -1, "", null, null));
            return null;
        } catch (Exception e) {
            answers.add(new Answer(kind, asked, System.nanoTime(), -2, "", null, e.toString()));
            return null;
        }
    }

    private static String codeOf(HttpResponse<String> response) {
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return null;
        }
        try {
            return JSON.readTree(response.body()).path("code").asText(null);
        } catch (Exception notJson) {
            return "not-json";
        }
    }

    private static String idOf(HttpResponse<String> created) {
        try {
            return JSON.readTree(created.body()).path("id").asText();
        } catch (Exception notJson) {
            return "not-json";
        }
    }

    /** No client sends anything more once the requests under way are answered. */
    @Override
    public void close() throws InterruptedException {
        clients.shutdown(); // periodic clients are not run again; the running ones end
        if (!clients.awaitTermination(NO_ANSWER.toSeconds() + 5, TimeUnit.SECONDS)) {
            clients.shutdownNow();
        }
    }
}

package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * API clients writing to a gateway that may die under them, each from its own thread and with its own API client
 * (COORDINATOR of {@code dez5}): it registers an organisation, renames it, and every third round registers a
 * programme with its first call (one command, two events). Every command carries its own {@code Idempotency-Key};
 * a request that gets no answer (the gateway is down), or one to send again later (429, 503, the key still running
 * after the gateway died under it), is sent again with the same key until it is answered, for at most
 * {@link #GIVE_UP_AFTER}; then it counts as not acknowledged. Each acknowledged (2xx) command is kept with what it
 * was answered.
 */
final class WritingClients {

    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(150);

    /** What a command is, and what its events will be: how many, and for an organisation the name they give it. */
    enum Kind {
        REGISTER(1), RENAME(1), PROGRAMME(2);

        final int events;

        Kind(int events) {
            this.events = events;
        }
    }

    /** One command sent; {@code acknowledged} once it got a 2xx, with the aggregate, version and position it names. */
    static final class Command {
        final String key;
        final Kind kind;
        final String name;
        volatile boolean acknowledged;
        volatile String aggregateId;
        volatile long version = -1;
        volatile long position = -1;

        Command(String key, Kind kind, String name) {
            this.key = key;
            this.kind = kind;
            this.name = name;
        }
    }

    private final GatewayProcess gateway;
    private final List<JsonNode> credentials = new ArrayList<>();
    private final ConcurrentLinkedQueue<Command> sent = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    WritingClients(GatewayProcess gateway, int clients) throws IOException, InterruptedException {
        this.gateway = gateway;
        for (int client = 0; client < clients; client++) {
            credentials.add(gateway.createClient("dez5", "COORDINATOR"));
        }
    }

    /** Starts the clients; {@code prefix} keeps the keys of one start apart from another's. */
    void start(String prefix) {
        running.set(true);
        for (int client = 0; client < credentials.size(); client++) {
            int number = client;
            Thread thread = new Thread(() -> write(prefix + "-c" + number, credentials.get(number)),
                                       "writing-client-" + number);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    /** Lets every client finish the command it is sending (the gateway must be up), then stops them. */
    void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(GIVE_UP_AFTER.plusSeconds(30).toMillis());
        }
        threads.clear();
    }

    int acknowledged() {
        return acknowledged.get();
    }

    int retries() {
        return retries.get();
    }

    Collection<Command> sent() {
        return sent;
    }

    /** Answers that were neither a 2xx nor a reason to send again (a refusal, a 5xx), with their commands. */
    Collection<String> unexpected() {
        return unexpected;
    }

    private void write(String client, JsonNode credential) {
        String[] token = {null};
        for (int round = 0; running.get(); round++) {
            String name = client + "-" + round;
            Command registered = send(token, credential, new Command(name + "-register", Kind.REGISTER, "Crash " + name),
                                      "/api/organisations", """
                                              {"name": "Crash %s", "shortName": "C", "kind": "NON_PROFIT_CARRIER"}"""
                                              .formatted(name));
            if (registered.acknowledged) {
                Command rename = new Command(name + "-rename", Kind.RENAME, "Renamed " + name);
                rename.aggregateId = registered.aggregateId;
                send(token, credential, rename, "/api/organisations/" + registered.aggregateId + "/rename",
                     "{\"name\": \"Renamed %s\", \"shortName\": \"R\"}".formatted(name));
            }
            if (round % 3 == 0) {
                send(token, credential, new Command(name + "-programme", Kind.PROGRAMME, null), "/api/funding/programmes",
                     """
                     {"name": "Programm %s", "funderLevel": "STATE", "agency": "MKJFGFI",
                      "call": {"name": "Aufruf %s", "submissionDeadline": "2031-01-31"}}""".formatted(name, name));
            }
        }
    }

    private Command send(String[] token, JsonNode credential, Command command, String path, String body) {
        sent.add(command);
        try {
            await().pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                   .atMost(GIVE_UP_AFTER).until(() -> answered(token, credential, command, path, body));
        } catch (ConditionTimeoutException notAnswered) {
            // not acknowledged: its events may be stored or not, but never in part
        }
        return command;
    }

    /** Whether the command got its final answer; false: send it again. */
    private boolean answered(String[] token, JsonNode credential, Command command, String path, String body)
            throws InterruptedException {
        RunningGateway.Response answer;
        try {
            if (token[0] == null) {
                token[0] = gateway.token(credential.path("clientId").asText(),
                                         credential.path("clientSecret").asText());
            }
            answer = gateway.post(path, token[0], body, Map.of("Idempotency-Key", command.key));
        } catch (IOException | AssertionError gatewayDown) {
            retries.incrementAndGet();
            return false;
        }
        int status = answer.status();
        if (status / 100 == 2) {
            acknowledge(command, answer);
            return true;
        }
        retries.incrementAndGet();
        if (status == 401) {
            token[0] = null; // a token the restarted gateway does not take: fetch another
            return false;
        }
        if (status == 429 || status == 503 || (status == 409 && answer.body().contains("idempotency-key-in-progress"))) {
            return false;
        }
        unexpected.add(command.key + ": " + status + " " + answer.body());
        return true;
    }

    private void acknowledge(Command command, RunningGateway.Response answer) {
        command.version = Long.parseLong(answer.header("ETag").replace("\"", "").replace("W/", ""));
        command.position = Long.parseLong(answer.header("Verbund-Position"));
        if (command.kind != Kind.RENAME) {
            try {
                command.aggregateId = answer.json().path("id").asText();
            } catch (IOException notJson) {
                unexpected.add(command.key + ": a creation answered without its id: " + answer.body());
            }
        }
        command.acknowledged = true;
        acknowledged.incrementAndGet();
    }
}

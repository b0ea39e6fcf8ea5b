package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbund.gateway.web.IdempotencyKeys;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Idempotency keys that end well, over HTTP on the embedded store with a retention of 2 s and a lease of 1 s: an
 * expired key counts as absent (the request runs again), the sweep removes expired keys by their buckets, and a key
 * left RUNNING by a gateway that died is answered from the command's events when they exist (the first answer, rebuilt)
 * and taken over and run when they do not. A gateway dying is simulated by putting a key's record back to RUNNING
 * with a lease that has run out, as a process that died between the command and its answer leaves it.
 */
class IdempotencyKeysIT {

    private static final String ORG = "idem-org";
    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static String coordinator;
    private static MongoCollection<Document> keys;

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(dataDir, "", "--verbund.store.embedded-backend=memory",
                                     "--verbund.idempotency.retention=2s", "--verbund.idempotency.lease=1s",
                                     "--verbund.idempotency.sweep-bucket=200ms",
                                     "--verbund.idempotency.sweep-interval=1h");
        gateway.registered("dez5", ORG);
        coordinator = gateway.tokenFor("dez5", "COORDINATOR");
        keys = gateway.bean(MongoDatabase.class).getCollection("idempotency_keys");
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void anExpiredKeyCountsAsAbsentAndTheSweepRemovesItByItsBucket() throws Exception {
        RunningGateway.Response first = rename("Name eins", "expiring");
        assertThat(first.status()).as(first.body()).isEqualTo(204);
        long events = gateway.storedEvents();
        assertThat(rename("Name eins", "expiring").header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(gateway.storedEvents()).isEqualTo(events);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
               .until(() -> record("expiring").getDate("expiresAt").before(new Date()));
        // another request with the same key: were the key still there, 422 (reused for something else)
        RunningGateway.Response again = rename("Name eins b", "expiring");
        assertThat(again.status()).as(again.body()).isEqualTo(204);
        assertThat(again.header("Idempotent-Replayed")).as("expired: it ran again").isNull();
        assertThat(gateway.storedEvents()).isEqualTo(events + 1);

        assertThat(rename("Name zwei", "swept").status()).isEqualTo(204);
        String swept = record("swept").getString("_id");
        // the sweep removes a key once its expiry bucket has passed: sweep until both are gone, counting removals
        AtomicLong removed = new AtomicLong();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).until(() -> {
            removed.addAndGet(gateway.bean(IdempotencyKeys.class).sweep());
            return record("swept") == null && record("expiring") == null;
        });
        assertThat(removed.get()).isGreaterThanOrEqualTo(2); // "swept" and the retried "expiring"
        assertThat(gateway.bean(MongoDatabase.class).getCollection("idempotency_key_expiries")
                          .countDocuments(Filters.eq("keys", swept))).as("its bucket is gone").isZero();
    }

    @Test
    void aKeyLeftRunningWithItsEventsIsAnsweredAsTheFirstTime() throws Exception {
        RunningGateway.Response renamed = rename("Name drei", "died-after-rename");
        assertThat(renamed.status()).isEqualTo(204);
        died("died-after-rename");
        long events = gateway.storedEvents();
        RunningGateway.Response rebuilt = rename("Name drei", "died-after-rename");
        assertThat(rebuilt.status()).isEqualTo(204);
        assertThat(rebuilt.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(rebuilt.header("ETag")).isEqualTo(renamed.header("ETag"));
        assertThat(rebuilt.header("Verbund-Position")).isEqualTo(renamed.header("Verbund-Position"));
        assertThat(gateway.storedEvents()).isEqualTo(events);
        assertThat(record("died-after-rename").getString("state")).isEqualTo("DONE");

        String body = "{\"name\": \"Neuer Träger\", \"shortName\": \"neu\", \"kind\": \"NON_PROFIT_CARRIER\"}";
        RunningGateway.Response created = gateway.post("/api/organisations", coordinator, body, "died-after-create");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        died("died-after-create");
        RunningGateway.Response again = gateway.post("/api/organisations", coordinator, body, "died-after-create");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.location()).isEqualTo(created.location());
        assertThat(again.header("ETag")).isEqualTo(created.header("ETag"));
        assertThat(again.header("Verbund-Position")).isEqualTo(created.header("Verbund-Position"));
        JsonNode firstBody = created.json();
        assertThat(again.json()).isEqualTo(firstBody);
        assertThat(gateway.storedEvents()).isEqualTo(events + 1);
    }

    @Test
    void aKeyLeftRunningWithoutEventsIsTakenOverOnceItsLeaseHasRunOut() throws Exception {
        assertThat(rename("Name vier", "template").status()).isEqualTo(204);
        Document template = record("template");
        assertThat(rename("Name fünf", null).status()).as("renamed away, so that the same rename changes again")
                                                   .isEqualTo(204);
        String actor = template.getString("_id").substring(0, template.getString("_id").indexOf('\u0000'));
        // the same request, sent with another key by a gateway that died before its command was sent
        Document running = new Document("_id", actor + '\u0000' + "died-before-command")
                .append("request", template.getString("request")).append("state", "RUNNING")
                .append("createdAt", Instant.now().toString())
                .append("expiresAt", Date.from(Instant.now().plusSeconds(60)))
                .append("leaseUntil", Date.from(Instant.now().plusSeconds(30)))
                .append("aggregateId", ORG);
        keys.insertOne(running);
        RunningGateway.Response leased = rename("Name vier", "died-before-command");
        assertThat(leased.status()).as("the lease has not run out").isEqualTo(409);
        assertThat(leased.contentType()).startsWith("application/problem+json");

        keys.updateOne(Filters.eq("_id", running.get("_id")),
                       new Document("$set", new Document("leaseUntil", Date.from(Instant.now().minusSeconds(1)))));
        Document stale = keys.find(Filters.eq("_id", running.get("_id"))).first();
        IdempotencyKeys store = gateway.bean(IdempotencyKeys.class);
        long events = gateway.storedEvents();
        RunningGateway.Response retried = rename("Name vier", "died-before-command");
        assertThat(retried.status()).as(retried.body()).isEqualTo(204);
        assertThat(retried.header("Idempotent-Replayed")).as("it ran").isNull();
        assertThat(gateway.storedEvents()).isEqualTo(events + 1);
        assertThat(record("died-before-command").getString("state")).isEqualTo("DONE");
        assertThat(store.sweep()).isNotNegative();
        // a second retry that read the same stale record cannot take it over as well
        assertThat(keys.find(Filters.eq("_id", running.get("_id"))).first().getDate("leaseUntil"))
                .isNotEqualTo(stale.getDate("leaseUntil"));
    }

    @Test
    void ofTwoRepeatsOfAStaleKeyOnlyOneRuns() throws Exception {
        assertThat(rename("Name sechs", "pattern").status()).isEqualTo(204);
        Document pattern = record("pattern");
        assertThat(rename("Name sieben", null).status()).isEqualTo(204);
        String actor = pattern.getString("_id").substring(0, pattern.getString("_id").indexOf('\u0000'));
        keys.insertOne(new Document("_id", actor + '\u0000' + "two-repeats")
                .append("request", pattern.getString("request")).append("state", "RUNNING")
                .append("createdAt", Instant.now().toString())
                .append("expiresAt", Date.from(Instant.now().plusSeconds(60)))
                .append("leaseUntil", Date.from(Instant.now().minusSeconds(1))).append("aggregateId", ORG));
        long events = gateway.storedEvents();
        List<RunningGateway.Response> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<Thread> repeats = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread repeat = new Thread(() -> {
                try {
                    go.await();
                    answers.add(rename("Name sechs", "two-repeats"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            repeat.start();
            repeats.add(repeat);
        }
        go.countDown();
        for (Thread repeat : repeats) {
            repeat.join();
        }
        assertThat(answers).extracting(RunningGateway.Response::status).allMatch(status -> status == 204 || status == 409);
        assertThat(answers).filteredOn(answer -> answer.status() == 204 && answer.header("Idempotent-Replayed") == null)
                           .as("ran").hasSize(1);
        assertThat(gateway.storedEvents()).as("one rename recorded").isEqualTo(events + 1);
    }

    private static RunningGateway.Response rename(String name, String key) throws Exception {
        return gateway.send("POST", "/api/organisations/" + ORG + "/rename", coordinator,
                            "{\"name\": \"" + name + "\", \"shortName\": \"idem\"}",
                            key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    /** The key's record (a scan of a test's small collection), or null. */
    private static Document record(String key) {
        List<Document> all = keys.find().into(new ArrayList<>());
        return all.stream().filter(record -> record.getString("_id").endsWith('\u0000' + key)).findFirst()
                  .orElse(null);
    }

    /** As a gateway that died between the command and its answer leaves the key: RUNNING, its lease run out. */
    private static void died(String key) {
        Document record = record(key);
        keys.updateOne(Filters.eq("_id", record.get("_id")), new Document("$set", new Document("state", "RUNNING")
                .append("leaseUntil", Date.from(Instant.now().minusSeconds(1)))
                .append("status", null).append("eTag", null).append("position", null).append("body", null)));
    }
}

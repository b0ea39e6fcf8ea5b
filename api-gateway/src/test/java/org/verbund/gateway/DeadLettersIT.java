package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A handler that fails for one aggregate parks that aggregate's events in its group's dead-letter queue while every
 * other aggregate, and every other group, keeps flowing; the letters are listed, counted in health and metrics,
 * retried in order once the cause is fixed, or evicted. The failing handler is this test's own seam: a bean of the
 * test's configuration, in a processing group of its own, that throws for the aggregates it is told to.
 */
class DeadLettersIT {

    static final String GROUP = "it-dead-letters";
    private static final String LIST = "/api/admin/dead-letters?group=" + GROUP;

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static String admin;
    private static String coordinator;

    /** The seam: throws for the aggregates in {@link #POISONED}; records every other event's sequence number. */
    @ProcessingGroup(GROUP)
    static class FailingForSomeAggregates {
        static final Set<String> POISONED = ConcurrentHashMap.newKeySet();
        static final Map<String, List<Long>> HANDLED = new ConcurrentHashMap<>();

        @EventHandler
        void on(Object event, DomainEventMessage<?> message) {
            if (POISONED.contains(message.getAggregateIdentifier())) {
                throw new IllegalStateException("poisoned for the test: " + message.getAggregateIdentifier());
            }
            HANDLED.computeIfAbsent(message.getAggregateIdentifier(), any -> new CopyOnWriteArrayList<>())
                   .add(message.getSequenceNumber());
        }
    }

    /** Not annotated, so that no other test's component scan picks it up; given to this gateway only. */
    static class TestSeam {
        @Bean
        FailingForSomeAggregates failingForSomeAggregates() {
            return new FailingForSomeAggregates();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(List.of(TestSeam.class), dataDir, "", "--verbund.store.embedded-backend=memory");
        admin = gateway.adminToken();
        gateway.registered("dez5");
        coordinator = gateway.tokenFor("dez5", "COORDINATOR");
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void aPoisonedAggregateParksWhileOthersFlowAndIsRetriedInOrderOnceFixed() throws Exception {
        FailingForSomeAggregates.POISONED.add("dl-poisoned");
        gateway.registered("dl-good", "dl-poisoned");
        for (String name : List.of("Erster Name", "Zweiter Name")) {
            for (String id : List.of("dl-good", "dl-poisoned")) {
                assertThat(rename(id, name).status()).isEqualTo(204);
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(
                () -> FailingForSomeAggregates.HANDLED.getOrDefault("dl-good", List.of()).size() == 3);
        assertThat(FailingForSomeAggregates.HANDLED.get("dl-good")).containsExactly(0L, 1L, 2L);
        JsonNode parked = await().atMost(Duration.ofSeconds(30)).until(
                () -> sequence("dl-poisoned"), sequence -> sequence.path("letters").size() == 3);
        assertThat(FailingForSomeAggregates.HANDLED).doesNotContainKey("dl-poisoned");
        JsonNode first = parked.path("letters").path(0);
        assertThat(first.path("eventType").asText()).isEqualTo("OrganisationRegisteredEvent");
        assertThat(first.path("aggregateId").asText()).isEqualTo("dl-poisoned");
        assertThat(first.path("sequenceNumber").asLong()).isZero();
        assertThat(first.path("position").asLong()).isNotNegative();
        assertThat(first.path("causeType").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(first.path("causeMessage").asText()).isEqualTo("poisoned for the test: dl-poisoned");
        assertThat(first.path("enqueuedAt").asText()).isNotBlank();
        assertThat(first.path("retries").asInt()).isZero();
        assertThat(first.has("payload")).as("no payload, no personal data").isFalse();
        assertThat(parked.path("letters").findValuesAsText("sequenceNumber")).containsExactly("0", "1", "2");
        assertThat(gateway.get("/api/organisations/dl-poisoned", coordinator).json().path("name").asText())
                .as("the other groups' read models are current").isEqualTo("Zweiter Name");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(gateway.get("/actuator/prometheus", admin).body())
                    .contains("verbund_deadletters{group=\"" + GROUP + "\"} 3.0")
                    .contains("verbund_deadletters{group=\"organisations\"} 0.0");
            JsonNode health = gateway.get("/actuator/health", admin).json();
            assertThat(health.path("status").asText()).as("one stuck aggregate keeps the gateway UP").isEqualTo("UP");
            assertThat(health.path("components").path("deadLetters").path("details").path("groups").path(GROUP)
                             .path("letters").asInt()).isEqualTo(3);
        });

        RunningGateway.Response stillFailing = gateway.post("/api/admin/dead-letters/dl-poisoned/retry?group=" + GROUP,
                                                            admin, "");
        assertThat(stillFailing.status()).isEqualTo(200);
        assertThat(stillFailing.json().path("resolved").asBoolean()).isFalse();
        assertThat(sequence("dl-poisoned").path("letters").path(0).path("retries").asInt()).isEqualTo(1);

        FailingForSomeAggregates.POISONED.remove("dl-poisoned");
        RunningGateway.Response retried = gateway.post("/api/admin/dead-letters/dl-poisoned/retry?group=" + GROUP,
                                                       admin, "");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().path("resolved").asBoolean()).isTrue();
        assertThat(FailingForSomeAggregates.HANDLED.get("dl-poisoned")).as("complete and in order")
                                                                       .containsExactly(0L, 1L, 2L);
        assertThat(gateway.get(LIST, admin).json().path("groups").path(0).path("letters").asInt()).isZero();
        assertThat(rename("dl-poisoned", "Dritter Name").status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(
                () -> FailingForSomeAggregates.HANDLED.get("dl-poisoned").size() == 4);
        assertThat(FailingForSomeAggregates.HANDLED.get("dl-poisoned")).as("flows again").containsExactly(0L, 1L, 2L, 3L);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                gateway.get("/actuator/prometheus", admin).body())
                .contains("verbund_deadletters{group=\"" + GROUP + "\"} 0.0"));
    }

    @Test
    void anEvictedSequenceIsDroppedAndUnknownOnesAreNotFound() throws Exception {
        FailingForSomeAggregates.POISONED.add("dl-evicted");
        gateway.registered("dl-evicted");
        assertThat(rename("dl-evicted", "Anderer Name").status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() -> sequence("dl-evicted").path("letters").size() == 2);
        RunningGateway.Response evicted = gateway.post("/api/admin/dead-letters/dl-evicted/evict", admin, "");
        assertThat(evicted.status()).as(evicted.body()).isEqualTo(200);
        assertThat(evicted.json().path("evicted").path(GROUP).asInt()).isEqualTo(2);
        assertThat(sequence("dl-evicted").isMissingNode()).isTrue();
        FailingForSomeAggregates.POISONED.remove("dl-evicted");

        for (String path : List.of("/api/admin/dead-letters/dl-evicted/retry", "/api/admin/dead-letters/nothing/evict",
                                   "/api/admin/dead-letters/dl-good/retry?group=no-such-group")) {
            RunningGateway.Response unknown = gateway.post(path, admin, "");
            assertThat(unknown.status()).as(path).isEqualTo(404);
            assertThat(unknown.contentType()).startsWith("application/problem+json");
        }
        assertThat(gateway.get(LIST, coordinator).status()).isEqualTo(403);
        assertThat(gateway.get("/api/admin/dead-letters?group=no-such-group", admin).status()).isEqualTo(404);
    }

    private static RunningGateway.Response rename(String id, String name) throws Exception {
        return gateway.post("/api/organisations/" + id + "/rename", coordinator,
                            "{\"name\": \"" + name + "\", \"shortName\": \"" + id + "\"}");
    }

    /** The parked sequence as listed (a missing node if it is not parked). */
    private static JsonNode sequence(String id) throws Exception {
        for (JsonNode sequence : gateway.get(LIST, admin).json().path("groups").path(0).path("parked")) {
            if (sequence.path("sequence").asText().equals(id)) {
                return sequence;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}

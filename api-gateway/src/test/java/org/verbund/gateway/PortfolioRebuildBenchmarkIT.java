package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbund.core.readmodel.ReadModelPositions;
import org.verbund.core.rebuild.ProjectionRebuilds;
import org.verbund.core.rebuild.api.RebuildProgress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio's rebuild rate beside a raw read of the same events, on the demo load of the 2017 report copied
 * (every aggregate id renamed per copy) to over 100,000 events through the storage engine, measured A B A B in one
 * run. Run with {@code ./mvnw -Pbenchmark verify -pl api-gateway -Dit.test=PortfolioRebuildBenchmarkIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}; figures printed and written to {@code api-gateway/target/rebuild-benchmark.txt}.
 */
@Tag("benchmark")
class PortfolioRebuildBenchmarkIT {

    private static final int EVENTS = 100_000;

    @TempDir
    Path dataDir;

    @Test
    void thePortfolioRebuildsAtAShareOfTheRawReadRate() throws Exception {
        List<String> report = new ArrayList<>();
        try (RunningGateway gateway = new RunningGateway(dataDir, "", "--verbund.demo=true",
                                                         "--verbund.store.embedded-backend=memory")) {
            EventStorageEngine storage = gateway.bean(EventStorageEngine.class);
            String viewer = gateway.tokenFor("awo", "VIEWER");
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> gateway.get(
                    "/api/funding/portfolio", viewer).json().path("totals").path("approvedCount").asInt() == 26);
            long seeded = seed(storage, gateway.bean(Serializer.class), EVENTS);
            long head = ((GapAwareTrackingToken) storage.createHeadToken()).getIndex();
            assertThat(gateway.bean(ReadModelPositions.class).awaitHandled("funding-portfolio", head,
                                                                           Duration.ofMinutes(15))).isTrue();
            report.add("events in the store: " + (head + 1) + " (" + seeded + " of them copies of the demo load)");
            ProjectionRebuilds rebuilds = gateway.bean(ProjectionRebuilds.class);
            for (int round = 1; round <= 2; round++) {
                long started = System.nanoTime();
                long read;
                try (var events = storage.readEvents(null, false)) {
                    read = events.count();
                }
                double raw = read / ((System.nanoTime() - started) / 1e9);
                report.add(String.format("round %d, raw read of the global stream (deserialized, upcast): %.0f events/s",
                                         round, raw));
                started = System.nanoTime();
                rebuilds.start("funding-portfolio");
                RebuildProgress progress = org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(10))
                        .pollInterval(Duration.ofMillis(50)).until(() -> rebuilds.status("funding-portfolio"),
                                                                   status -> status.state().equals("CAUGHT_UP"));
                double seconds = (System.nanoTime() - started) / 1e9;
                double rebuild = progress.processed() / seconds;
                report.add(String.format("round %d, rebuild of funding-portfolio beside the live one: %.0f events/s "
                                         + "(%d events, %.1f s, diff %d of %d documents); rebuild / raw read %.2f",
                                         round, rebuild, progress.processed(), seconds,
                                         progress.diff().differing(), progress.diff().compared(), rebuild / raw));
                assertThat(progress.diff().none()).isTrue();
                if (round == 1) {
                    rebuilds.cancel("funding-portfolio");
                } else {
                    rebuilds.swap("funding-portfolio");
                }
            }
        }
        report.forEach(System.out::println);
        Files.write(Path.of("target", "rebuild-benchmark.txt"), report);
    }

    /** Copies of every aggregate's events, ids renamed per copy, until {@code toCopy} events are copied. */
    static long seed(EventStorageEngine storage, Serializer serializer, int toCopy) throws Exception {
        Map<String, List<DomainEventMessage<?>>> byAggregate = new LinkedHashMap<>();
        try (var events = storage.readEvents(null, false)) {
            events.forEach(event -> {
                if (event instanceof DomainEventMessage<?> domain) {
                    byAggregate.computeIfAbsent(domain.getAggregateIdentifier(), id -> new ArrayList<>()).add(domain);
                }
            });
        }
        Set<String> ids = new HashSet<>(byAggregate.keySet());
        ObjectMapper json = new ObjectMapper();
        long seeded = 0;
        for (int copy = 1; seeded < toCopy; copy++) {
            String suffix = "-x" + copy;
            for (List<DomainEventMessage<?>> events : byAggregate.values()) {
                List<DomainEventMessage<?>> copied = new ArrayList<>();
                for (DomainEventMessage<?> event : events) {
                    var serialized = event.serializePayload(serializer, String.class);
                    JsonNode payload = renamed(json.readTree(serialized.getData()), ids, suffix);
                    Object copiedPayload = serializer.deserialize(new SimpleSerializedObject<>(
                            json.writeValueAsString(payload), String.class,
                            new SimpleSerializedType(serialized.getType().getName(), serialized.getType().getRevision())));
                    copied.add(new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier() + suffix,
                                                               event.getSequenceNumber(), copiedPayload,
                                                               event.getMetaData()));
                }
                try {
                    storage.appendEvents(copied);
                    seeded += copied.size();
                } catch (AggregateStreamCreationException made) {
                    // a processor reacting to the copies (a result transfer) has made this aggregate already
                }
            }
        }
        return seeded;
    }

    private static JsonNode renamed(JsonNode node, Set<String> ids, String suffix) {
        if (node instanceof TextNode text && ids.contains(text.asText())) {
            return TextNode.valueOf(text.asText() + suffix);
        }
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> field.setValue(renamed(field.getValue(), ids, suffix)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, renamed(array.get(i), ids, suffix));
            }
        }
        return node;
    }
}

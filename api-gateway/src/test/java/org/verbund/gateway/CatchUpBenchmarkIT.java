package org.verbund.gateway;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbund.core.readmodel.ReadModelPositions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the read models catch up after a restart, beside a raw read of the same events: the demo load copied to
 * 100,000 events (or {@code -Dverbund.benchmark.events}) on the durable H2 file while every processor is stopped, the gateway stopped, then started
 * again and timed until every processor has handled the head; the raw read of the same events (deserialized,
 * upcast) before and after. Run with {@code ./mvnw -Pbenchmark verify -pl api-gateway -Dit.test=CatchUpBenchmarkIT
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}; figures printed and written to
 * {@code api-gateway/target/catch-up-benchmark.txt}.
 */
@Tag("benchmark")
class CatchUpBenchmarkIT {

    /** How many events to copy: 100,000 unless {@code -Dverbund.benchmark.events} says otherwise. */
    private static final int EVENTS = Integer.getInteger("verbund.benchmark.events", 100_000);

    @TempDir
    Path dataDir;

    @Test
    void readModelsCatchUpAfterARestartAtAShareOfTheRawReadRate() throws Exception {
        List<String> report = new ArrayList<>();
        TrackingToken beforeSeed;
        long head;
        try (RunningGateway gateway = new RunningGateway(dataDir, "", "--verbund.demo=true")) {
            String viewer = gateway.tokenFor("awo", "VIEWER");
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> gateway.get(
                    "/api/funding/portfolio", viewer).json().path("totals").path("approvedCount").asInt() == 26);
            EventStorageEngine storage = gateway.bean(EventStorageEngine.class);
            List<String> groups = streamingGroups(gateway);
            beforeSeed = storage.createHeadToken();
            for (String group : groups) {
                assertThat(gateway.bean(ReadModelPositions.class).awaitHandled(group, index(beforeSeed),
                                                                               Duration.ofMinutes(2))).isTrue();
            }
            gateway.bean(EventProcessingConfiguration.class).eventProcessors().values()
                   .forEach(EventProcessor::shutDown);
            long seeded = PortfolioRebuildBenchmarkIT.seed(storage, gateway.bean(Serializer.class), EVENTS);
            head = index(storage.createHeadToken());
            report.add(String.format("%d events copied with every processor stopped; head %d; %d processors: %s",
                                     seeded, head, groups.size(), groups));
        }
        double rawBefore;
        double catchUp;
        double rawAfter;
        long started = System.nanoTime();
        try (RunningGateway gateway = new RunningGateway(dataDir, "")) {
            double startSeconds = (System.nanoTime() - started) / 1e9;
            ReadModelPositions positions = gateway.bean(ReadModelPositions.class);
            List<String> groups = streamingGroups(gateway);
            long from = groups.stream().mapToLong(group -> positions.indexOf(group).orElse(-1)).min().orElse(-1);
            for (String group : groups) {
                assertThat(positions.awaitHandled(group, head, Duration.ofMinutes(30))).as(group).isTrue();
            }
            double seconds = (System.nanoTime() - started) / 1e9 - startSeconds;
            catchUp = (head - from) / seconds;
            report.add(String.format("catch-up after the restart (context up in %.1f s): every processor from %d to "
                                     + "%d in %.1f s: %.0f events/s of the stream, each of the %d processors handling"
                                     + " them all", startSeconds, from, head, seconds, catchUp, groups.size()));
            EventStorageEngine storage = gateway.bean(EventStorageEngine.class);
            rawBefore = rawRead(storage, beforeSeed, head);
            rawAfter = rawRead(storage, beforeSeed, head);
        }
        report.add(String.format("raw read of the same events: %.0f and %.0f events/s; catch-up / raw read %.3f",
                                 rawBefore, rawAfter, catchUp / Math.max(rawBefore, rawAfter)));
        report.forEach(System.out::println);
        Files.write(Path.of("target", "catch-up-benchmark.txt"), report);
    }

    private static double rawRead(EventStorageEngine storage, TrackingToken from, long head) {
        long started = System.nanoTime();
        long read;
        try (var events = storage.readEvents(from, false)) {
            read = events.takeWhile(event -> index(event.trackingToken()) <= head).count();
        }
        return read / ((System.nanoTime() - started) / 1e9);
    }

    private static List<String> streamingGroups(RunningGateway gateway) {
        return gateway.bean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                      .filter(StreamingEventProcessor.class::isInstance).map(EventProcessor::getName).toList();
    }

    private static long index(TrackingToken token) {
        return ((GapAwareTrackingToken) token).getIndex();
    }
}

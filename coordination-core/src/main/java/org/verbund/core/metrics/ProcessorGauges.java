package org.verbund.core.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.verbund.core.eventstore.MongoCommitEventStorageEngine;
import org.verbund.core.eventstore.StoreReachability;
import org.verbund.core.eventstore.StorePositions;
import org.verbund.core.rebuild.ProjectionRebuilds;
import org.verbund.core.rebuild.api.RebuildProgress;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.LongStream;

/**
 * Gauges of every streaming event processor this gateway runs, and of the rebuild of its processing group, computed
 * when scraped: from the processor's status in memory, the store's head ({@link StorePositions}, in memory on the
 * embedded store, one counter document by key on a real MongoDB, read at most once a second) and, only while a
 * processor is behind and has moved since the last scrape, the first event it has not handled (key lookups). A
 * processor whose segments are all held by another gateway has no position here: its position and lags are NaN, and
 * that gateway reports them.
 */
public final class ProcessorGauges {

    public static final String POSITION = "verbund.processor.position";
    public static final String LAG_EVENTS = "verbund.processor.lag.events";
    public static final String LAG_SECONDS = "verbund.processor.lag.seconds";
    public static final String SEGMENTS = "verbund.processor.segments";
    public static final String REPLAYING = "verbund.processor.replaying";
    public static final String ERROR = "verbund.processor.error";
    public static final String REBUILD_ACTIVE = "verbund.rebuild.active";
    public static final String REBUILD_PROCESSED = "verbund.rebuild.events.processed";
    public static final String REBUILD_REMAINING = "verbund.rebuild.events.remaining";

    /** Positions after a processor's that are looked at for its oldest unhandled event (tombstones have none). */
    private static final int LOOK_AHEAD = 16;
    private static final long HEAD_FOR_MILLIS = 1000;

    private final EventProcessingConfiguration processing;
    private final StorePositions positions;
    private final MongoCommitEventStorageEngine storage;
    private final ProjectionRebuilds rebuilds;
    private final Clock clock;
    private final StoreReachability store;
    private final Map<String, Oldest> oldestUnhandled = new ConcurrentHashMap<>();
    private volatile long[] head = {-1, 0}; // the head position and when (epoch ms) it was read

    /** The timestamp (epoch ms) of the first event after {@code position}, as last looked up. */
    private record Oldest(long position, double timestamp) {
    }

    /**
     * @param storage  reads the first unhandled event's timestamp; null: lag in seconds is NaN
     * @param rebuilds null: no rebuild gauges
     */
    public ProcessorGauges(EventProcessingConfiguration processing, StorePositions positions,
                           MongoCommitEventStorageEngine storage, ProjectionRebuilds rebuilds, Clock clock,
                           StoreReachability store) {
        this.store = store;
        this.processing = processing;
        this.positions = positions;
        this.storage = storage;
        this.rebuilds = rebuilds;
        this.clock = clock;
    }

    /** Registers the gauges of every streaming processor known now (call once the processors are configured). */
    public void bindTo(MeterRegistry registry) {
        processing.eventProcessors().values().stream()
                  .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                  .forEach(processor -> bind(registry, processor));
    }

    private void bind(MeterRegistry registry, StreamingEventProcessor processor) {
        String name = processor.getName();
        gauge(registry, POSITION, name, "The lowest global position this gateway's segments of the processor have "
                                        + "handled (-1: none yet)", p -> position(processor));
        gauge(registry, LAG_EVENTS, name, "Positions reserved in the store after the processor's position",
              p -> lagInEvents(processor));
        gauge(registry, LAG_SECONDS, name, "Age of the oldest event the processor has not handled; 0 when caught up",
              p -> lagInSeconds(processor));
        gauge(registry, SEGMENTS, name, "Segments of the processor this gateway processes",
              p -> processor.processingStatus().size());
        gauge(registry, REPLAYING, name, "1 while the processor replays (after a reset)",
              p -> processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isReplaying) ? 1 : 0);
        gauge(registry, ERROR, name, "1 while a segment of the processor is in error (and retrying)",
              p -> processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState) ? 1 : 0);
        if (rebuilds != null) {
            Gauge.builder(REBUILD_ACTIVE, rebuilds, r -> rebuild(name).filter(ProcessorGauges::active).isPresent() ? 1 : 0)
                 .description("1 while a rebuild of the group beside its live read models runs or follows")
                 .tag("projection", name).register(registry);
            Gauge.builder(REBUILD_PROCESSED, rebuilds, r -> rebuild(name).map(RebuildProgress::processed).orElse(0L))
                 .description("Events the group's latest rebuild has read").tag("projection", name).register(registry);
            Gauge.builder(REBUILD_REMAINING, rebuilds, r -> rebuild(name).filter(ProcessorGauges::active)
                                                                         .map(ProcessorGauges::remaining).orElse(0L))
                 .description("Positions the group's running rebuild has still to read of those the store had when "
                              + "it started").tag("projection", name).register(registry);
        }
    }

    private static void gauge(MeterRegistry registry, String metric, String processor, String description,
                              ToDoubleFunction<String> value) {
        Gauge.builder(metric, processor, value).description(description).tag("processor", processor)
             .register(registry);
    }

    /** NaN where this gateway processes no segment of it. */
    double position(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> statuses = processor.processingStatus().values();
        return statuses.isEmpty() ? Double.NaN
                : statuses.stream().mapToLong(status -> index(status.getTrackingToken())).min().orElse(-1);
    }

    double lagInEvents(StreamingEventProcessor processor) {
        double position = position(processor);
        return Double.isNaN(position) ? Double.NaN : Math.max(0, head() - position);
    }

    /** Now minus the timestamp of the first readable event after the processor's position; 0 when caught up. */
    double lagInSeconds(StreamingEventProcessor processor) {
        double position = position(processor);
        if (Double.isNaN(position) || position >= head()) {
            return Double.isNaN(position) ? Double.NaN : 0;
        }
        long from = (long) position + 1;
        Oldest oldest = oldestUnhandled.compute(processor.getName(), (name, known) -> known != null
                && known.position() == from && !Double.isNaN(known.timestamp()) ? known : new Oldest(from, timestampOfFirstEventFrom(from)));
        return Math.max(0, clock.millis() - oldest.timestamp()) / 1000.0;
    }

    private double timestampOfFirstEventFrom(long from) {
        if (storage == null || store.knownUnreachable()) {
            return Double.NaN;
        }
        long upTo = Math.min(head(), from + LOOK_AHEAD - 1);
        return storage.readEventsAt(LongStream.rangeClosed(from, upTo).boxed().toList())
                      .findFirst().map(read -> (double) read.event().getTimestamp().toEpochMilli())
                      .orElse(Double.NaN); // only tombstones, or events still being written: not known
    }

    /**
     * The last position reserved in the store (-1: none), read at most once a second; while the store is known to be
     * unreachable, the last one read (nothing can be reserved meanwhile, by this gateway at least).
     */
    private long head() {
        long[] known = head;
        long now = clock.millis();
        if (now - known[1] >= HEAD_FOR_MILLIS && !store.knownUnreachable()) {
            known = new long[]{positions.reservedSoFar() - 1, now};
            head = known;
        }
        return known[0];
    }

    private Optional<RebuildProgress> rebuild(String group) {
        return rebuilds.current(group);
    }

    private static boolean active(RebuildProgress progress) {
        return progress.state().equals("RUNNING") || progress.state().equals("CAUGHT_UP");
    }

    private static long remaining(RebuildProgress progress) {
        return Math.max(0, progress.total() - 1 - progress.position());
    }

    /** The position a token has handled up to; while replaying, how far the replay is. */
    private static long index(TrackingToken token) {
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex();
        }
        return current == null ? -1 : current.position().orElse(-1);
    }
}

package org.verbund.core.rebuild;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Feeds a shadow projection the store's events in global order, from the first, up to a bound: the live
 * processor's position for a rebuild (never ahead of the live read model, so that the two can be compared exactly),
 * the store's head at the start for a point-in-time snapshot. A rebuild goes on following until it is swapped or
 * cancelled. Counts what it has done, for progress.
 */
final class ShadowRun {

    private static final Logger log = LoggerFactory.getLogger(ShadowRun.class);
    private static final Duration FOLLOW_PAUSE = Duration.ofMillis(100);

    enum State { RUNNING, CAUGHT_UP, DONE, SWAPPED, CANCELLED, FAILED }

    private final ShadowProjection shadow;
    private final EventStorageEngine storage;
    private final Predicate<TrackedEventMessage<?>> include;
    private final LongSupplier bound;
    private final boolean follow;
    private final long total;
    private final Instant startedAt = Instant.now();
    private final AtomicLong processed = new AtomicLong();
    private volatile long position = -1;
    private volatile State state = State.RUNNING;
    private volatile String failure;
    private TrackingToken token; // guarded by this

    ShadowRun(ShadowProjection shadow, EventStorageEngine storage, Predicate<TrackedEventMessage<?>> include,
              LongSupplier bound, boolean follow) {
        this.shadow = shadow;
        this.storage = storage;
        this.include = include;
        this.bound = bound;
        this.follow = follow;
        this.total = ProjectionGates.index(storage.createHeadToken()) + 1;
    }

    /** Runs in its own thread until done, swapped or cancelled. */
    void run() {
        try {
            do {
                if (catchUp() && state == State.RUNNING) {
                    state = follow ? State.CAUGHT_UP : State.DONE;
                }
                if (follow && active()) {
                    // nothing wakes a reader of the store outside Axon's processors: poll, as they do for other
                    // gateways' writes; a swap catches up under the gate anyway, so the pause costs no correctness
                    Thread.sleep(FOLLOW_PAUSE.toMillis());
                }
            } while (follow && active());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.error("Rebuilding into the shadow read model failed", e);
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            state = State.FAILED;
        }
    }

    /**
     * Applies every visible event up to the bound as it is now; whether it got there (it was not ended meanwhile):
     * past the bound, or at the end of what is visible, there is nothing more to apply.
     */
    synchronized boolean catchUp() throws Exception {
        long limit = bound.getAsLong();
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(token, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext() && active()) {
                TrackedEventMessage<?> event = iterator.next();
                long index = ProjectionGates.index(event.trackingToken());
                if (index > limit) {
                    break;
                }
                if (include.test(event)) {
                    shadow.apply(event);
                }
                token = event.trackingToken();
                position = Math.max(position, index);
                processed.incrementAndGet();
            }
        }
        return active();
    }

    boolean active() {
        return state == State.RUNNING || state == State.CAUGHT_UP;
    }

    void end(State end) {
        state = end;
    }

    State state() {
        return state;
    }

    String failure() {
        return failure;
    }

    long position() {
        return position;
    }

    long processed() {
        return processed.get();
    }

    long total() {
        return total;
    }

    Instant startedAt() {
        return startedAt;
    }

    ShadowProjection shadow() {
        return shadow;
    }
}

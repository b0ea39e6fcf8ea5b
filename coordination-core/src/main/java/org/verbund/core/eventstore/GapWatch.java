package org.verbund.core.eventstore;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers since when this instance has seen each gap (a reserved position with no visible commit), so that a gap is
 * declared abandoned only after it has been missing for the whole gap timeout. Times come from a monotonic clock and
 * are local to the instance: after a restart every gap waits the full timeout again, which is safe.
 */
class GapWatch {

    private final Map<Long, Long> firstSeenNanos = new ConcurrentHashMap<>();
    private final long timeoutNanos;
    private final LongSupplier nanoClock;

    GapWatch(Duration timeout, LongSupplier nanoClock) {
        this.timeoutNanos = timeout.toNanos();
        this.nanoClock = nanoClock;
    }

    void observe(long position) {
        firstSeenNanos.putIfAbsent(position, nanoClock.getAsLong());
    }

    boolean expired(long position) {
        Long since = firstSeenNanos.get(position);
        return since != null && nanoClock.getAsLong() - since >= timeoutNanos;
    }

    void resolved(long position) {
        firstSeenNanos.remove(position);
    }

    /**
     * Forgets gaps that no reader has resolved long after their timeout (for example because every token holding
     * them moved on elsewhere), so that the map cannot grow without bound.
     */
    void forgetStale() {
        long now = nanoClock.getAsLong();
        firstSeenNanos.values().removeIf(since -> now - since > 10 * timeoutNanos);
    }

    int size() {
        return firstSeenNanos.size();
    }
}

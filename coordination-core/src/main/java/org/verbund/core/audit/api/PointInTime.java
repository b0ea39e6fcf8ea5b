package org.verbund.core.audit.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The moment an auditor asks about, on the two time lines of every event: {@code recordedAt}, what the system knew
 * then (the events recorded at or before that instant), and {@code effectiveOn}, what was in effect on that day (of
 * those, the events whose effective date is on or before it). Both together: what was known at {@code recordedAt}
 * about {@code effectiveOn}. A null limits nothing: no {@code recordedAt} is all that is known now, no
 * {@code effectiveOn} is whatever its effective date.
 */
public record PointInTime(Instant recordedAt, LocalDate effectiveOn) {

    /** Everything known now, whenever it takes effect. */
    public static PointInTime now() {
        return new PointInTime(null, null);
    }

    /** Whether an event recorded at {@code recorded} was known at this point. */
    public boolean knows(Instant recorded) {
        return recordedAt == null || !recorded.isAfter(recordedAt);
    }

    /** Whether an event effective from {@code effective} was in effect on this point's day. */
    public boolean inEffect(LocalDate effective) {
        return effectiveOn == null || !effective.isAfter(effectiveOn);
    }
}

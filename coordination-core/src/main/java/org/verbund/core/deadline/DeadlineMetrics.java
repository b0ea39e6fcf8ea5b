package org.verbund.core.deadline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the deadline manager reports to operators: {@value #FIRED} and {@value #FAILED} (counters, failures tagged
 * {@code outcome}: {@code retrying} or {@code parked}; registered at start, so that a rate is 0 rather than missing
 * before the first deadline; a deadline's name is in the log), and
 * {@value #LAG}: how long ago the earliest open deadline the last poll saw fell due (0 when none is overdue). The
 * lag is remembered from the poll, which reads those deadlines anyway, and computed against the clock when scraped,
 * so a poller that stopped shows a growing lag instead of a stale 0 (for deadlines due up to the day it last polled).
 */
public final class DeadlineMetrics {

    public static final String FIRED = "verbund.deadlines.fired";
    public static final String FAILED = "verbund.deadlines.failed";
    public static final String LAG = "verbund.deadlines.lag.seconds";

    private final Clock clock;
    private final Counter fired;
    private final Counter retrying;
    private final Counter parked;
    private final AtomicLong earliestOpenDue = new AtomicLong(Long.MAX_VALUE);

    public DeadlineMetrics(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.fired = Counter.builder(FIRED).description("Deadlines delivered").register(registry);
        this.retrying = failures(registry, "retrying");
        this.parked = failures(registry, "parked");
        Gauge.builder(LAG, this, DeadlineMetrics::lagInSeconds)
             .description("How long ago the earliest undelivered deadline fell due; 0 when none is overdue")
             .register(registry);
    }

    /** Metrics nobody reads (a manager built without a meter registry, as in tests). */
    static DeadlineMetrics unobserved(Clock clock) {
        return new DeadlineMetrics(new SimpleMeterRegistry(), clock);
    }

    private static Counter failures(MeterRegistry registry, String outcome) {
        return Counter.builder(FAILED).description("Deadline deliveries that failed, retried later or parked as FAILED")
                      .tag("outcome", outcome).register(registry);
    }

    void fired() {
        fired.increment();
    }

    void failed(boolean parkedNow) {
        (parkedNow ? parked : retrying).increment();
    }

    /** After a poll: the earliest due time (epoch ms) of the open deadlines it left undelivered and not parked. */
    void polled(OptionalLong earliestDueMillis) {
        earliestOpenDue.set(earliestDueMillis.orElse(Long.MAX_VALUE));
    }

    double lagInSeconds() {
        long due = earliestOpenDue.get();
        return due == Long.MAX_VALUE ? 0 : Math.max(0, clock.millis() - due) / 1000.0;
    }
}

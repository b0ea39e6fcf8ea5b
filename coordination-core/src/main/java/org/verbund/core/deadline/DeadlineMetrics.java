package org.verbund.core.deadline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the deadline manager reports to operators: {@value #FIRED} and {@value #FAILED} (counters tagged
 * {@code deadline}, its name; failures also {@code outcome}: {@code retrying} or {@code parked}), and
 * {@value #LAG}: how long ago the earliest open deadline the last poll saw fell due (0 when none is overdue). The
 * lag is remembered from the poll, which reads those deadlines anyway, and computed against the clock when scraped,
 * so a poller that stopped shows a growing lag instead of a stale 0 (for deadlines due up to the day it last polled).
 */
public final class DeadlineMetrics {

    public static final String FIRED = "verbund.deadlines.fired";
    public static final String FAILED = "verbund.deadlines.failed";
    public static final String LAG = "verbund.deadlines.lag.seconds";

    private final MeterRegistry registry;
    private final Clock clock;
    private final AtomicLong earliestOpenDue = new AtomicLong(Long.MAX_VALUE);

    public DeadlineMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        Gauge.builder(LAG, this, DeadlineMetrics::lagInSeconds)
             .description("How long ago the earliest undelivered deadline fell due; 0 when none is overdue")
             .register(registry);
    }

    /** Metrics nobody reads (a manager built without a meter registry, as in tests). */
    static DeadlineMetrics unobserved(Clock clock) {
        return new DeadlineMetrics(new SimpleMeterRegistry(), clock);
    }

    void fired(String deadline) {
        Counter.builder(FIRED).description("Deadlines delivered").tag("deadline", deadline).register(registry)
               .increment();
    }

    void failed(String deadline, boolean parked) {
        Counter.builder(FAILED).description("Deadline deliveries that failed, retried later or parked as FAILED")
               .tags("deadline", deadline, "outcome", parked ? "parked" : "retrying").register(registry).increment();
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

package org.verbund.core.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.monitoring.MessageMonitor;

import java.time.Duration;

/**
 * Times every command the command bus handles, from dispatch until its unit of work has committed (or failed), so
 * a conflict found only when the events are stored counts as the failure it is:
 * {@value #HANDLED} (a timer with a percentile histogram) tagged {@code command} (the payload's simple class name),
 * {@code outcome} ({@code success}; {@code refused}: a rule, a stale version or an unknown id, the caller's
 * business; {@code error}: ours), and {@value #FAILED} (a counter) tagged {@code command} and {@code code}, the
 * problem code the client got. Tags come from class names and rule codes only, so their number is bounded.
 */
public final class CommandMetrics implements MessageMonitor<CommandMessage<?>> {

    public static final String HANDLED = "verbund.commands";
    public static final String FAILED = "verbund.commands.failed";

    private final MeterRegistry registry;

    public CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public MonitorCallback onMessageIngested(CommandMessage<?> message) {
        Timer.Sample sample = Timer.start(registry);
        String command = message.getPayloadType().getSimpleName();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                sample.stop(timer(command, "success"));
            }

            @Override
            public void reportFailure(Throwable cause) {
                String code = FailureCodes.of(cause);
                sample.stop(timer(command, FailureCodes.INTERNAL_ERROR.equals(code) ? "error" : "refused"));
                Counter.builder(FAILED).description("Commands that failed, by the problem code answered")
                       .tags("command", command, "code", code).register(registry).increment();
            }

            @Override
            public void reportIgnored() {
                // nothing handled it: there is nothing to time
            }
        };
    }

    private Timer timer(String command, String outcome) {
        return Timer.builder(HANDLED).description("Commands handled, from dispatch to commit")
                    .tags("command", command, "outcome", outcome)
                    .publishPercentileHistogram()
                    // fewer buckets: commands take milliseconds, and a command slower than 10 s has failed anyway
                    .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                    .register(registry);
    }
}

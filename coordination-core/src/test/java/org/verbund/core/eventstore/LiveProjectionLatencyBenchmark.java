package org.verbund.core.eventstore;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long from a command's completion until a projection has handled its event, for a tracking and a pooled
 * streaming processor side by side on the same events (what a live dashboard waits). Part of {@code -Pbenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(classes = LiveProjectionLatencyBenchmark.LatencyApplication.class, properties = {
        "verbund.store.embedded-backend=memory",
        "axon.eventhandling.processors.latency-tracking.mode=tracking",
        "axon.eventhandling.processors.latency-pooled.mode=pooled",
})
class LiveProjectionLatencyBenchmark {

    private static final int COMMANDS = 300;

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(Ledger.class)
    static class LatencyApplication {

        @Bean
        TrackingProbe trackingProbe() {
            return new TrackingProbe();
        }

        @Bean
        PooledProbe pooledProbe() {
            return new PooledProbe();
        }
    }

    /** Records when each ledger's opening event was handled. */
    abstract static class Probe {
        final Map<String, Long> handledAt = new ConcurrentHashMap<>();

        @EventHandler
        void on(Ledger.LedgerOpenedEvent event) {
            handledAt.put(event.ledgerId(), System.nanoTime());
        }
    }

    @ProcessingGroup("latency-tracking")
    static class TrackingProbe extends Probe {
    }

    @ProcessingGroup("latency-pooled")
    static class PooledProbe extends Probe {
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    TrackingProbe tracking;
    @Autowired
    PooledProbe pooled;

    @Test
    void aTrackingProcessorFollowsCommandsWithinMilliseconds() {
        double[] trackingMillis = new double[COMMANDS];
        double[] pooledMillis = new double[COMMANDS];
        for (int command = -50; command < COMMANDS; command++) { // the first 50 warm up
            String ledger = "ledger-" + UUID.randomUUID();
            commands.sendAndWait(new Ledger.OpenLedgerCommand(ledger, "latency"));
            long sent = System.nanoTime();
            long deadline = sent + 10_000_000_000L;
            while (!(tracking.handledAt.containsKey(ledger) && pooled.handledAt.containsKey(ledger))) {
                assertThat(System.nanoTime()).as("both processors handled the event").isLessThan(deadline);
                Thread.onSpinWait();
            }
            if (command >= 0) {
                trackingMillis[command] = Math.max(0, tracking.handledAt.get(ledger) - sent) / 1e6;
                pooledMillis[command] = Math.max(0, pooled.handledAt.get(ledger) - sent) / 1e6;
            }
        }
        Arrays.sort(trackingMillis);
        Arrays.sort(pooledMillis);
        String line = String.format(Locale.ROOT, "command to projection, median / 95th percentile over %d commands: "
                + "tracking processor %.2f / %.2f ms, pooled streaming processor %.2f / %.2f ms", COMMANDS,
                trackingMillis[COMMANDS / 2], trackingMillis[COMMANDS * 95 / 100],
                pooledMillis[COMMANDS / 2], pooledMillis[COMMANDS * 95 / 100]);
        System.out.println("BENCHMARK " + line);
        assertThat(trackingMillis[COMMANDS / 2]).as("median command-to-projection latency, ms").isLessThan(50);
    }
}

package org.verbund.gateway;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operators' metrics move as the gateway works: a command counts by its type, outcome and problem code, an
 * append by its aggregate type; every processor has its position and lags, and a processor held up falls behind in
 * events and in seconds and catches up again; a rebuild shows its progress; the deadline gauges are there at idle.
 */
class OperatorMetricsIT {

    private static final String ORGANISATIONS = "organisations";
    private static final Duration AT_MOST = Duration.ofSeconds(15);

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static String admin;
    private static String coordinator;
    /** Holds the organisations processor in front of its next event while closed. */
    private static volatile CountDownLatch organisationsHeld = new CountDownLatch(0);

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(dataDir, "", "--verbund.store.embedded-backend=memory");
        admin = gateway.adminToken();
        coordinator = gateway.tokenFor("dez5", "COORDINATOR");
        EventProcessor organisations = gateway.bean(EventProcessingConfiguration.class)
                                              .eventProcessorByProcessingGroup(ORGANISATIONS).orElseThrow();
        organisations.registerHandlerInterceptor((unitOfWork, chain) -> {
            if (!organisationsHeld.await(AT_MOST.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("held for too long");
            }
            return chain.proceed();
        });
    }

    @AfterAll
    static void stop() {
        organisationsHeld.countDown();
        gateway.close();
    }

    @Test
    void aCommandCountsByTypeOutcomeAndProblemCode() throws Exception {
        Map<String, String> registered = Map.of("command", "RegisterOrganisationCommand", "outcome", "success");
        Map<String, String> refused = Map.of("command", "RenameOrganisationCommand", "outcome", "refused");
        Map<String, String> staleCode = Map.of("command", "RenameOrganisationCommand",
                                               "code", "concurrent-modification");
        PrometheusScrape before = scrape();

        String organisation = register("Zähler e.V.");
        RunningGateway.Response stale = gateway.send("POST", organisation + "/rename", coordinator,
                "{\"name\": \"Zähler\", \"shortName\": \"Z\"}", Map.of("If-Match", "\"5\""));
        assertThat(stale.status()).isEqualTo(409);

        await().atMost(AT_MOST).untilAsserted(() -> {
            PrometheusScrape after = scrape();
            assertThat(after.valueOrZero("verbund_commands_seconds_count", registered))
                    .isEqualTo(before.valueOrZero("verbund_commands_seconds_count", registered) + 1);
            assertThat(after.valueOrZero("verbund_commands_seconds_count", refused))
                    .isEqualTo(before.valueOrZero("verbund_commands_seconds_count", refused) + 1);
            assertThat(after.valueOrZero("verbund_commands_failed_total", staleCode))
                    .isEqualTo(before.valueOrZero("verbund_commands_failed_total", staleCode) + 1);
            assertThat(after.value("verbund_commands_seconds_bucket", with(registered, "le", "+Inf")))
                    .as("the latency histogram's buckets").isPresent();
            assertThat(after.value("verbund_commands_seconds_sum", registered).orElseThrow()).isPositive();
        });
    }

    @Test
    void anAppendCountsByAggregateTypeAndARefusedCommandAppendsNothing() throws Exception {
        String organisation = register("Anhang e.V.");
        Map<String, String> organisations = Map.of("aggregate", "Organisation");
        await().atMost(AT_MOST).until(() -> scrape().value("verbund_events_appended_total", organisations)
                                                    .isPresent());
        PrometheusScrape before = scrape();

        assertThat(gateway.post(organisation + "/rename", coordinator,
                                "{\"name\": \"Anhang\", \"shortName\": \"A\"}").status()).isEqualTo(204);
        assertThat(gateway.send("POST", organisation + "/rename", coordinator,
                                "{\"name\": \"Anhang!\", \"shortName\": \"A\"}", Map.of("If-Match", "\"0\""))
                          .status()).isEqualTo(409);

        await().atMost(AT_MOST).untilAsserted(() -> assertThat(
                scrape().valueOrZero("verbund_events_appended_total", organisations))
                .isEqualTo(before.valueOrZero("verbund_events_appended_total", organisations) + 1));
    }

    @Test
    void everyProcessorHasItsPositionAndLags() throws Exception {
        List<String> processors = gateway.bean(EventProcessingConfiguration.class).eventProcessors().values()
                                         .stream().filter(StreamingEventProcessor.class::isInstance)
                                         .map(EventProcessor::getName).toList();
        assertThat(processors).contains(ORGANISATIONS);
        PrometheusScrape scraped = scrape();

        for (String processor : processors) {
            for (String gauge : List.of("verbund_processor_position", "verbund_processor_lag_events",
                                        "verbund_processor_lag_seconds", "verbund_processor_segments",
                                        "verbund_processor_replaying", "verbund_processor_error",
                                        "verbund_rebuild_active", "verbund_rebuild_events_processed",
                                        "verbund_rebuild_events_remaining")) {
                String tag = gauge.startsWith("verbund_rebuild") ? "projection" : "processor";
                assertThat(scraped.value(gauge, Map.of(tag, processor))).as(gauge + " of " + processor).isPresent();
            }
        }
    }

    @Test
    void aProcessorHeldUpFallsBehindInEventsAndSecondsAndCatchesUp() throws Exception {
        Map<String, String> organisations = Map.of("processor", ORGANISATIONS);
        organisationsHeld = new CountDownLatch(1);
        try {
            register("Verzug e.V.");

            await().atMost(AT_MOST).untilAsserted(() -> {
                PrometheusScrape held = scrape();
                assertThat(held.value("verbund_processor_lag_events", organisations).orElseThrow())
                        .isGreaterThanOrEqualTo(1);
                assertThat(held.value("verbund_processor_lag_seconds", organisations).orElseThrow())
                        .isGreaterThanOrEqualTo(1);
            });
        } finally {
            organisationsHeld.countDown();
        }

        await().atMost(AT_MOST).untilAsserted(() -> {
            PrometheusScrape caughtUp = scrape();
            assertThat(caughtUp.value("verbund_processor_lag_events", organisations).orElseThrow()).isZero();
            assertThat(caughtUp.value("verbund_processor_lag_seconds", organisations).orElseThrow()).isZero();
            assertThat(caughtUp.value("verbund_processor_error", organisations).orElseThrow()).isZero();
        });
    }

    @Test
    void aRebuildShowsItsProgress() throws Exception {
        register("Neubau e.V.");
        Map<String, String> organisations = Map.of("projection", ORGANISATIONS);
        assertThat(scrape().value("verbund_rebuild_active", organisations).orElseThrow()).isZero();

        assertThat(gateway.post("/api/admin/projections/" + ORGANISATIONS + "/rebuild", admin, "{}").status())
                .isEqualTo(202);
        try {
            await().atMost(AT_MOST).untilAsserted(() -> {
                PrometheusScrape rebuilding = scrape();
                assertThat(rebuilding.value("verbund_rebuild_active", organisations).orElseThrow()).isOne();
                assertThat(rebuilding.value("verbund_rebuild_events_processed", organisations).orElseThrow())
                        .isGreaterThanOrEqualTo(1);
            });
        } finally {
            gateway.post("/api/admin/projections/" + ORGANISATIONS + "/rebuild/cancel", admin, "{}");
        }
        await().atMost(AT_MOST).untilAsserted(() -> assertThat(
                scrape().value("verbund_rebuild_active", organisations).orElseThrow()).isZero());
    }

    @Test
    void theDeadlineMetricsAreThereAtIdle() throws Exception {
        PrometheusScrape scraped = scrape();

        assertThat(scraped.value("verbund_deadlines_lag_seconds", Map.of()).orElseThrow()).isZero();
        assertThat(scraped.value("verbund_deadlines_fired_total", Map.of())).isPresent();
        assertThat(scraped.value("verbund_deadlines_failed_total", Map.of("outcome", "parked"))).isPresent();
        assertThat(scraped.value("verbund_deadlines_failed_total", Map.of("outcome", "retrying"))).isPresent();
    }

    private static String register(String name) throws Exception {
        RunningGateway.Response created = gateway.post("/api/organisations", coordinator,
                "{\"name\": \"" + name + "\", \"shortName\": \"X\", \"kind\": \"NON_PROFIT_CARRIER\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.location();
    }

    private static PrometheusScrape scrape() throws Exception {
        return PrometheusScrape.of(gateway, admin);
    }

    private static Map<String, String> with(Map<String, String> labels, String name, String value) {
        java.util.Map<String, String> more = new java.util.HashMap<>(labels);
        more.put(name, value);
        return more;
    }
}

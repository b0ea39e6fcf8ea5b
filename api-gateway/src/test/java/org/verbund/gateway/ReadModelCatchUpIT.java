package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.gateway.web.ReadYourWrites;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After a start, a read model that has not yet caught up with the store says so: its reads carry
 * {@code Verbund-Read-Model-Position}, and health shows its position, lag and that it has not caught up; once it has,
 * the header is gone. The read model catching up is this test's own seam: a processing group new to a store that
 * already holds events, whose handler is held on its first event until the test lets it go.
 */
class ReadModelCatchUpIT {

    static final String GROUP = "it-catching-up";
    static final CountDownLatch HELD = new CountDownLatch(1);

    @TempDir
    Path dataDir;

    /** The query the seam's read model answers. */
    record CountHandledQuery() {
    }

    @ProcessingGroup(GROUP)
    static class HeldReadModel {
        private final AtomicInteger handled = new AtomicInteger();

        @EventHandler
        void on(Object event) throws InterruptedException {
            HELD.await(60, TimeUnit.SECONDS);
            handled.incrementAndGet();
        }

        @QueryHandler
        Integer answer(CountHandledQuery query) {
            return handled.get();
        }
    }

    @RestController
    static class HeldReadModelController {
        private final QueryGateway queries;

        HeldReadModelController(QueryGateway queries) {
            this.queries = queries;
        }

        @GetMapping("/it/held-read-model")
        Integer handled() {
            return queries.query(new CountHandledQuery(), Integer.class).join();
        }
    }

    /** Not annotated, so that no other test's component scan picks it up; given to the restarted gateway only. */
    static class TestSeam {
        @Bean
        HeldReadModel heldReadModel() {
            return new HeldReadModel();
        }

        @Bean
        HeldReadModelController heldReadModelController(QueryGateway queries) {
            return new HeldReadModelController(queries);
        }
    }

    @Test
    void aReadModelCatchingUpAfterAStartSaysHowFarItIs() throws Exception {
        try (RunningGateway first = new RunningGateway(dataDir)) {
            first.registered("cu-one", "cu-two", "cu-three");
        }
        RunningGateway gateway = new RunningGateway(List.of(TestSeam.class), dataDir, "");
        try {
            String admin = gateway.adminToken();
            gateway.registered("dez5");
            String coordinator = gateway.tokenFor("dez5", "COORDINATOR");

            RunningGateway.Response behind = gateway.get("/it/held-read-model", coordinator);
            assertThat(behind.status()).as(behind.body()).isEqualTo(200);
            assertThat(behind.header(ReadYourWrites.READ_MODEL_POSITION)).as("the read says it may lag").isNotNull();
            long position = Long.parseLong(behind.header(ReadYourWrites.READ_MODEL_POSITION));
            JsonNode held = gateway.get("/actuator/health", admin).json()
                                   .path("components").path("readModels").path("details").path(GROUP);
            assertThat(held.path("caughtUp").asBoolean()).isFalse();
            assertThat(held.path("position").asLong()).isEqualTo(position);
            assertThat(held.path("lagEvents").asLong()).as("behind the head").isPositive();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    gateway.get("/actuator/health", admin).json().path("components").path("readModels")
                           .path("details").path("organisations").path("caughtUp").asBoolean()).isTrue());
            assertThat(gateway.get("/api/organisations/cu-one", coordinator).header(ReadYourWrites.READ_MODEL_POSITION))
                    .as("a read model that has caught up answers without the header").isNull();

            HELD.countDown();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode caughtUp = gateway.get("/actuator/health", admin).json().path("components")
                                           .path("readModels").path("details").path(GROUP);
                assertThat(caughtUp.path("caughtUp").asBoolean()).isTrue();
                assertThat(caughtUp.path("lagEvents").asLong()).isZero();
            });
            RunningGateway.Response current = gateway.get("/it/held-read-model", coordinator);
            assertThat(current.header(ReadYourWrites.READ_MODEL_POSITION)).isNull();
            assertThat(current.body()).isNotEqualTo("0");
        } finally {
            HELD.countDown();
            gateway.close();
        }
    }
}

package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo load of the 2017 report, read back over HTTP: the report's portfolio totals, and loading twice changes nothing. */
class ReportDemoDataIT {

    @TempDir
    Path dataDir;

    @Test
    void theReportsPortfolioIsReproducedFromRecordedEventsAndLoadingTwiceChangesNothing() throws Exception {
        long events;
        try (RunningGateway gateway = new RunningGateway(dataDir, "", "--verbund.demo=true")) {
            String viewer = gateway.tokenFor("awo", "VIEWER");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertReportTotals(
                    gateway.get("/api/funding/portfolio", viewer).json()));
            events = gateway.storedEvents();
            // 9 lead applicants + 16 programmes + 28 projects x 3 (drafted, submitted, approved or promised)
            assertThat(events).isEqualTo(9 + 16 + 28 * 3);
        }
        try (RunningGateway again = new RunningGateway(dataDir, "", "--verbund.demo=true")) {
            String viewer = again.tokenFor("awo", "VIEWER");
            assertReportTotals(again.get("/api/funding/portfolio", viewer).json());
            assertThat(again.storedEvents()).isEqualTo(events);
        }
    }

    private static void assertReportTotals(JsonNode portfolio) {
        JsonNode totals = portfolio.path("totals");
        assertThat(totals.path("approved").asText()).isEqualTo("9483567.68");
        assertThat(totals.path("approvedCount").asInt()).isEqualTo(26);
        assertThat(totals.path("applied").asText()).isEqualTo("3090948.22");
        assertThat(totals.path("appliedCount").asInt()).isEqualTo(2);
        // the report prints 12,574,515.91; the exact sum of its two totals is 12,574,515.90
        assertThat(totals.path("all").asText()).isEqualTo("12574515.90");
    }
}

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
            // + 2 early-start exemptions + 17 placement records (city x cohort)
            assertThat(events).isEqualTo(9 + 16 + 28 * 3 + 2 + 17);
            assertReportPlacements(gateway.get("/api/funding/placements", viewer).json());
        }
        try (RunningGateway again = new RunningGateway(dataDir, "", "--verbund.demo=true")) {
            String viewer = again.tokenFor("awo", "VIEWER");
            assertReportTotals(again.get("/api/funding/portfolio", viewer).json());
            assertThat(again.storedEvents()).isEqualTo(events);
            assertReportPlacements(again.get("/api/funding/placements", viewer).json());
        }
    }

    /** The report's two placement tables (section 6.1.2). */
    private static void assertReportPlacements(JsonNode placements) {
        assertThat(placements.path("cohorts").toString()).isEqualTo("[\"2014/15\",\"2015/16\",\"2016/17\"]");
        JsonNode dortmund = placements.path("cities").get(0);
        assertThat(dortmund.path("city").asText()).isEqualTo("Dortmund");
        assertThat(dortmund.path("byCohort").toString())
                .isEqualTo("{\"2014/15\":28,\"2015/16\":12,\"2016/17\":6}");
        assertThat(dortmund.path("total").asInt()).isEqualTo(46);
        assertThat(dortmund.path("stateFunded").asInt()).isEqualTo(33);
        assertThat(dortmund.path("ownMeans").asInt()).isEqualTo(13);
        assertThat(placements.path("pilotCities").toString())
                .isEqualTo("{\"2014/15\":31,\"2015/16\":25,\"2016/17\":19}");
        assertThat(placements.path("otherCities").toString())
                .isEqualTo("{\"2014/15\":4,\"2015/16\":11,\"2016/17\":18}");
        assertThat(placements.path("total").toString())
                .isEqualTo("{\"2014/15\":35,\"2015/16\":36,\"2016/17\":37}");
        assertThat(placements.path("cities").findValuesAsText("city"))
                .containsExactly("Dortmund", "Duisburg", "Essen", "Gelsenkirchen", "Hamm", "Wuppertal", "other cities");
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

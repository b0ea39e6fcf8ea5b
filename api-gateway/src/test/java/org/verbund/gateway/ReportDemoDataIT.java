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
            String office = gateway.tokenFor("sozialdezernat", "COORDINATOR");
            // the predecessor's link is recorded after the extension's draft, by its own command
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    gateway.get("/api/funding/applications/report-2017-19", office).json().path("extensions")
                           .toString()).isEqualTo("[\"report-2017-27\"]"));
            // the working group's transfer reaches the coordination group by a command of its own
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(gateway.get(
                    "/api/workshops/received-results/koordinierungsgruppe-neuzuwanderung", office).json()
                    .path("received").size()).isEqualTo(1));
            events = gateway.storedEvents();
            JsonNode byStatus = gateway.get("/api/funding/portfolio", viewer).json().path("byStatus");
            int running = byStatus.path("RUNNING").path("count").asInt();
            int closed = byStatus.path("CLOSED").path("count").asInt();
            assertThat(running + closed + byStatus.path("APPROVED").path("count").asInt()).isEqualTo(26);
            assertThat(closed).isEqualTo(14);
            assertThat(running).isEqualTo(12);
            // 27 organisations + 16 programmes + 28 projects x 3 (drafted, submitted, approved or promised)
            // + 4 extensions x 2 (the extension's link, the predecessor's) + 2 early-start exemptions
            // + started (running and closed) + closed + 17 placement records (city x cohort)
            // + the working group: set up, constituted, series planned, 4 meetings x 7 (scheduled, held,
            //   5 attendances), 6 outcomes and minutes of workshop 1, 2 strategies, 3 actors, transfer sent, received
            assertThat(events).isEqualTo(27 + 16 + 28 * 3 + 4 * 2 + 2 + (running + closed) + closed + 17
                                         + 3 + 4 * 7 + 6 + 2 + 3 + 2
                                         // + the partnership with 3 goals, 3 visits planned and held, 3 talks,
                                         //   2 results, 2 contacts
                                         + 4 + 3 * 2 + 3 + 2 + 2);
            assertReportPlacements(gateway.get("/api/funding/placements", viewer).json());
            assertPartnersAttributionAndExtensions(gateway, office);
            assertWorkingGroup(gateway, office);
            assertPartnership(gateway, office);
        }
        try (RunningGateway again = new RunningGateway(dataDir, "", "--verbund.demo=true")) {
            String viewer = again.tokenFor("awo", "VIEWER");
            assertReportTotals(again.get("/api/funding/portfolio", viewer).json());
            assertThat(again.storedEvents()).isEqualTo(events);
            assertReportPlacements(again.get("/api/funding/placements", viewer).json());
        }
    }

    /** Who implements what, the coordination team's part, and which project continues which. */
    private static void assertPartnersAttributionAndExtensions(RunningGateway gateway, String office)
            throws Exception {
        JsonNode attribution = gateway.get("/api/funding/portfolio", office).json().path("byLeadAttribution");
        // the report: about 6.1 M EUR led, about 2.2 M EUR by major participation of the team
        assertThat(attribution.path("LEAD").path("all").asText()).isEqualTo("6113882.86");
        assertThat(attribution.path("MAJOR_PARTICIPATION").path("all").asText()).isEqualTo("2169532.87");
        JsonNode willkommenEuropa = gateway.get("/api/funding/applications/report-2017-04", office).json();
        assertThat(willkommenEuropa.path("partners").toString())
                .isEqualTo("[\"awo\",\"caritasverband\",\"dw\",\"dobeq\",\"grunbau\"]");
        assertThat(willkommenEuropa.path("positions").asText()).isEqualTo("14");
        assertThat(willkommenEuropa.path("extensions").toString()).isEqualTo("[\"report-2017-19\"]");
        JsonNode extension = gateway.get("/api/funding/applications/report-2017-19", office).json();
        assertThat(extension.path("predecessorId").asText()).isEqualTo("report-2017-04");
        // the predecessor's own history shows the link
        assertThat(willkommenEuropa.path("timeline").findValuesAsText("type"))
                .contains("ExtensionLinkedEvent");
        // a partner of the project sees it among its applications, one that is not involved does not
        String awo = gateway.tokenFor("awo", "PARTNER");
        assertThat(gateway.get("/api/funding/applications?organisation=awo", awo).json().findValuesAsText("id"))
                .contains("report-2017-04").doesNotContain("report-2017-03");
        assertThat(gateway.get("/api/funding/applications", gateway.tokenFor("vhs", "PARTNER")).json()
                          .findValuesAsText("id")).containsExactly("report-2017-05");
    }

    /** The report's working group (section 6.1.1.4), its constituent meeting and its three workshops. */
    private static void assertWorkingGroup(RunningGateway gateway, String office) throws Exception {
        JsonNode group = gateway.get("/api/workshops/groups/ak-handlungsrahmen-fluechtlinge", office).json();
        assertThat(group.path("leadingOrganisation").asText()).isEqualTo("mia-do-ki");
        assertThat(group.path("managingOrganisation").asText()).isEqualTo("mia-do-ki");
        assertThat(group.path("reportsTo").asText()).isEqualTo("koordinierungsgruppe-neuzuwanderung");
        assertThat(group.path("constitutedOn").asText()).isEqualTo("2017-04-27");
        assertThat(group.path("meetings").size()).isEqualTo(4);
        JsonNode map = gateway.get("/api/workshops/series/ak-handlungsrahmen-fluechtlinge-workshops-2017/map",
                                   office).json();
        assertThat(map.path("workshops").findValuesAsText("focus")).containsExactly("CHALLENGES", "STRATEGIES",
                                                                                    "ACTORS");
        assertThat(map.path("challenges").findValuesAsText("text")).allMatch(text -> text.startsWith("Beispiel: "));
        assertThat(map.findValuesAsText("level")).containsExactly("CITY", "STATE", "FEDERAL");
    }

    /** The Dortmund-Plovdiv partnership (section 6.2.4): goals, visits, and what paid for them. */
    private static void assertPartnership(RunningGateway gateway, String office) throws Exception {
        JsonNode partnership = gateway.get("/api/cooperation/partnerships/dortmund-plovdiv", office).json();
        assertThat(partnership.path("goals").size()).isEqualTo(3);
        assertThat(partnership.path("visits").findValuesAsText("kind"))
                .containsExactly("INCOMING_DELEGATION", "OUTGOING_DELEGATION", "WORKING_VISIT");
        assertThat(partnership.path("visits").findValuesAsText("fundedBy")) // the report names no funding for 2015
                .containsExactly("null", "report-2017-22", "report-2017-23");
        JsonNode romact = gateway.get("/api/funding/applications/report-2017-23", office).json();
        assertThat(romact.path("fundedVisits").findValuesAsText("visitId"))
                .containsExactly("visit-2017-03-working-visit");
        assertThat(gateway.get("/api/cooperation/visits/visit-2017-03-working-visit", office).json().path("talks")
                          .findValuesAsText("institution"))
                .contains("Deutsche Botschaft Sofia", "Nationaler Rat für Ethnische Integration (NCCEII), Sofia");
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

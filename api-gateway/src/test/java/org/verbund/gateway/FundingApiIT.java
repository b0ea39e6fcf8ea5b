package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Funding over HTTP: a partner drafts and moves its own application, another partner neither sees nor moves it, a
 * coordinator approves it, the portfolio counts it; bad input is a 4xx problem and stores nothing.
 */
class FundingApiIT {

    @TempDir
    static Path dataDir;

    private static RunningGateway gateway;
    private static String coordinator;
    private static String awo;
    private static String diakonie;
    private static String programmeId;

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(dataDir);
        gateway.registered("dez5", "awo", "dw", "cv");
        coordinator = gateway.tokenFor("dez5", "COORDINATOR");
        awo = gateway.tokenFor("awo", "PARTNER");
        diakonie = gateway.tokenFor("dw", "PARTNER");
        RunningGateway.Response programme = gateway.post("/api/funding/programmes", coordinator,
                "{\"name\": \"Land/ESF\", \"funderLevel\": \"STATE\", \"agency\": \"MAIS NRW\"}");
        assertThat(programme.status()).isEqualTo(201);
        programmeId = programme.json().path("id").asText();
        assertThat(gateway.post("/api/funding/programmes", awo,
                "{\"name\": \"Bund/EHAP\", \"funderLevel\": \"FEDERAL\"}").status()).isEqualTo(403);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    private static String application(String lead, String amount, String from, String to) {
        return """
                {"programmeId": "%s", "title": "Willkommen Europa", "leadApplicantId": "%s", "partnerIds": ["cv"],
                 "requestedAmount": "%s", "period": {"from": "%s", "to": "%s"}, "positions": "2.5",
                 "leadAttribution": "LEAD", "effectiveOn": "2016-01-04"}""".formatted(programmeId, lead, amount, from, to);
    }

    @Test
    void aPartnerMovesItsOwnApplicationAndNobodyElsesAndTheCoordinatorApproves() throws Exception {
        RunningGateway.Response drafted = gateway.post("/api/funding/applications", awo,
                                                       application("awo", "680566.72", "2016-01-01", "2016-12-31"));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String location = drafted.location();
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get(location, awo).status() == 200);
        long before = gateway.storedEvents();

        assertThat(gateway.get(location, diakonie).status()).as("another partner does not see it").isEqualTo(404);
        assertThat(gateway.post(location + "/submit", diakonie, "{}").status()).isEqualTo(404);
        assertThat(gateway.post("/api/funding/applications", diakonie,
                                application("awo", "1.00", "2016-01-01", "2016-12-31")).status())
                .as("drafting for another lead applicant").isEqualTo(403);
        assertThat(gateway.storedEvents()).as("nothing stored by refused requests").isEqualTo(before);

        assertThat(gateway.post(location + "/submit", awo, "{\"reason\": \"deadline 15 January\"}").status())
                .isEqualTo(204);
        assertThat(gateway.post(location + "/early-start", awo, "{\"effectiveOn\": \"2015-12-01\"}").status())
                .isEqualTo(204);
        assertThat(gateway.post(location + "/approve", diakonie, "{}").status()).as("nor approves it")
                .isEqualTo(404);
        await().atMost(Duration.ofSeconds(10))
               .until(() -> gateway.get(location, coordinator).json().path("status").asText().equals("SUBMITTED"));
        assertThat(gateway.post(location + "/approve", coordinator, "{\"approvedAmount\": \"680000.00\"}").status())
                .isEqualTo(204);
        RunningGateway.Response again = gateway.post(location + "/submit", awo, "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo("funding-application.transition-not-allowed");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode totals = gateway.get("/api/funding/portfolio", diakonie).json().path("totals");
            assertThat(totals.path("approved").asText()).isEqualTo("680000.00");
            assertThat(totals.path("approvedCount").asInt()).isEqualTo(1);
        });
        JsonNode seen = gateway.get(location, awo).json();
        assertThat(seen.path("approvedAmount").asText()).isEqualTo("680000.00");
        assertThat(seen.path("positions").asText()).isEqualTo("2.5");
        assertThat(seen.path("earlyStartGrantedOn").asText()).isEqualTo("2015-12-01");
    }

    @Test
    void badInputIsAProblemAndStoresNothing() throws Exception {
        long before = gateway.storedEvents();

        assertField(gateway.post("/api/funding/applications", awo,
                                 application("awo", "100.005", "2016-01-01", "2016-12-31")), 400, "requestedAmount");
        assertField(gateway.post("/api/funding/applications", awo,
                                 application("awo", "100.00", "2017-01-01", "2016-12-31")), 400, "period");
        RunningGateway.Response negative = gateway.post("/api/funding/applications", awo,
                                                        application("awo", "-5.00", "2016-01-01", "2016-12-31"));
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().path("code").asText()).isEqualTo("funding-application.negative-amount");
        RunningGateway.Response unknownProgramme = gateway.post("/api/funding/applications", awo,
                application("awo", "5.00", "2016-01-01", "2016-12-31").replace(programmeId, "no-such-programme"));
        assertThat(unknownProgramme.status()).isEqualTo(422);
        assertThat(unknownProgramme.json().path("code").asText()).isEqualTo("funding-application.unknown-programme");
        assertThat(gateway.post("/api/funding/applications/no-such-application/submit", awo, "{}").status())
                .isEqualTo(404);

        assertThat(gateway.storedEvents()).isEqualTo(before);
    }

    @Test
    void financingPlansAmendmentsDeadlinesAndExtensionsRefuseOutsidersAndBadInputAndStoreNothing() throws Exception {
        String cv = gateway.tokenFor("cv", "PARTNER");
        RunningGateway.Response drafted = gateway.post("/api/funding/applications", awo,
                                                       application("awo", "75830.00", "2012-01-01", "2013-12-31"));
        String location = drafted.location();
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get(location, awo).status() == 200);
        long before = gateway.storedEvents();

        // cv implements it, so it reads it, but only the lead applicant or a coordinator changes it
        assertThat(gateway.get(location, cv).status()).isEqualTo(200);
        assertThat(gateway.post(location + "/financing-plan", cv, plan("75830.00")).status()).isEqualTo(403);
        assertThat(gateway.post(location + "/amendments", cv, "{\"amount\": \"1.00\"}").status()).isEqualTo(403);
        // dw has nothing to do with it: it does not exist for dw
        assertThat(gateway.post(location + "/reporting-dates", diakonie, "{\"finalStatement\": \"2014-06-30\"}")
                          .status()).isEqualTo(404);
        assertThat(gateway.post(location + "/deadlines/final-statement/meet", diakonie, "{}").status())
                .isEqualTo(404);
        assertThat(gateway.get(location + "/stream", diakonie).status()).isEqualTo(404);
        assertThat(gateway.get("/api/funding/tasks?organisation=awo", diakonie).status()).isEqualTo(403);

        assertField(gateway.post(location + "/financing-plan", awo, "{\"totalCost\": \"75830.00\"}"), 400, "lines");
        assertField(gateway.post(location + "/financing-plan", awo, plan("75830.001")), 400, "totalCost");
        assertThat(gateway.post(location + "/reporting-dates", awo, "{\"finalStatement\": \"2014-13-45\"}").status())
                .isEqualTo(400);
        assertCode(gateway.post(location + "/financing-plan", awo, plan("75830.05")), 422,
                   "financing-plan.does-not-add-up");
        assertCode(gateway.post(location + "/amendments", awo, "{\"amount\": \"1.00\"}"), 409,
                   "funding-application.amendment-not-running");
        assertCode(gateway.post(location + "/reporting-dates", awo, "{\"finalStatement\": \"2014-06-30\"}"), 409,
                   "funding-application.reporting-before-approval");
        assertCode(gateway.post(location + "/deadlines/final-statement/meet", awo, "{}"), 422, "funding-deadline.unknown");
        assertCode(gateway.post(location + "/amendments/no-such-amendment/approve", awo, "{}"), 422,
                   "funding-application.unknown-amendment");
        assertThat(gateway.post(location + "/amendments/no-such-amendment/maybe", awo, "{}").status()).isEqualTo(404);
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertCode(gateway.post("/api/funding/applications", awo, extension(id)), 422,
                   "funding-application.predecessor-not-approved");
        assertCode(gateway.post("/api/funding/applications", awo, extension("no-such-application")), 422,
                   "funding-application.unknown-predecessor");
        assertCode(gateway.get("/api/funding/schedules/degressive?monthlyRate=2457.50&rates=150&start=2014-10", awo),
                   422, "schedule.rate-out-of-range");
        assertThat(gateway.get("/api/funding/schedules/degressive?monthlyRate=abc&rates=70&start=2014-10", awo)
                          .status()).isEqualTo(400);
        assertThat(gateway.storedEvents()).isEqualTo(before);

        JsonNode schedule = gateway.get(
                "/api/funding/schedules/degressive?monthlyRate=2457.50&rates=70,60,50,40&start=2014-10", awo).json();
        assertThat(schedule.path("bands").findValuesAsText("funded"))
                .containsExactly("20643.00", "17694.00", "14745.00", "11796.00");
        assertThat(schedule.path("funded").asText()).isEqualTo("64878.00");
        assertThat(schedule.path("ownShare").asText()).isEqualTo("53082.00");
    }

    private static String plan(String totalCost) {
        return """
                {"totalCost": "%s", "lines": [{"source": "STATE", "ratePercent": "80"},
                 {"source": "OWN_FUNDS", "amount": "15166.00"}]}""".formatted(totalCost);
    }

    private String extension(String predecessor) {
        return application("awo", "10.00", "2014-01-01", "2014-12-31")
                .replace("\"effectiveOn\"", "\"predecessorId\": \"" + predecessor + "\", \"effectiveOn\"");
    }

    private static void assertCode(RunningGateway.Response response, int status, String code) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("code").asText()).isEqualTo(code);
    }

    private static void assertField(RunningGateway.Response response, int status, String field) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("fields").findValuesAsText("field")).containsExactly(field);
    }
}

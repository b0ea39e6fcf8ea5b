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

    private static void assertField(RunningGateway.Response response, int status, String field) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("fields").findValuesAsText("field")).containsExactly(field);
    }
}

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
 * The cooperation context over HTTP: a visit linked to the funding application that paid for it, read from both
 * sides; a contact person erased on request, after which the history, the contacts read model, a read model rebuilt
 * from the first event and a meeting's attendance list show the person as erased, with every stream's events kept;
 * and who may do what, and bad input.
 */
class CooperationApiIT {

    @TempDir
    static Path dataDir;

    private static RunningGateway gateway;
    private static String coordinator;
    private static String isb;
    private static String partnershipId;
    private static String applicationId;

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(dataDir);
        gateway.registered("sozialdezernat", "isb", "caritasverband", "awo");
        coordinator = gateway.tokenFor("sozialdezernat", "COORDINATOR");
        isb = gateway.tokenFor("isb", "PARTNER");
        String programme = created(gateway.post("/api/funding/programmes", coordinator,
                                                "{\"name\": \"EU/ROMACT-Programm\", \"funderLevel\": \"EU\"}"));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get("/api/funding/programmes", coordinator).body()
                                                                  .contains(programme));
        applicationId = created(gateway.post("/api/funding/applications", isb, """
                {"programmeId": "%s", "title": "Transnationale Kooperation DO-Plovdiv 2016-17",
                 "leadApplicantId": "isb", "requestedAmount": "50000.00",
                 "period": {"from": "2016-01-01", "to": "2017-12-31"}}""".formatted(programme)));
        partnershipId = created(gateway.post("/api/cooperation/partnerships", coordinator, """
                {"partnerCity": "Plovdiv", "country": "Bulgarien", "participantIds": ["isb", "caritasverband"],
                 "effectiveOn": "2015-02-01"}"""));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get("/api/funding/applications/" + applicationId,
                                                                       coordinator).status() == 200
                && gateway.get("/api/cooperation/partnerships/" + partnershipId, coordinator).status() == 200);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void aVisitPaidFromAFundingApplicationIsSeenFromBothSides() throws Exception {
        String visit = created(gateway.post("/api/cooperation/visits", isb, """
                {"partnershipId": "%s", "kind": "WORKING_VISIT", "period": {"from": "2017-03-20", "to": "2017-03-24"},
                 "places": ["Sofia", "Plovdiv"], "participantIds": ["isb"], "fundingApplicationId": "%s"}"""
                .formatted(partnershipId, applicationId)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                gateway.get("/api/funding/applications/" + applicationId, isb).json().path("fundedVisits")
                       .findValuesAsText("visitId")).containsExactly(visit));
        assertThat(gateway.get("/api/cooperation/visits/" + visit, isb).json().path("fundedBy").asText())
                .isEqualTo(applicationId);
        assertThat(gateway.get("/api/cooperation/visits?fundingApplication=" + applicationId, isb).json()
                          .findValuesAsText("id")).containsExactly(visit);

        assertThat(gateway.post("/api/cooperation/visits/" + visit + "/hold", isb, "{\"effectiveOn\": \"2017-03-24\"}")
                          .status()).isEqualTo(204);
        assertThat(gateway.post("/api/cooperation/visits/" + visit + "/talks", isb, """
                {"institution": "Nationaler Rat für Ethnische Integration (NCCEII), Sofia", "level": "STATE",
                 "topic": "Unterstützung der transnationalen Kooperation"}""").status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(gateway.get("/api/cooperation/milestones", isb).json().findValuesAsText("kind"))
                    .contains("VISIT_HELD");
            assertThat(gateway.get("/api/cooperation/partnerships/" + partnershipId, isb).json().path("visits")
                              .get(0).path("status").asText()).isEqualTo("HELD");
        });
    }

    @Test
    void anErasedPersonReadsAsErasedEverywhereWhileEveryStreamKeepsItsEvents() throws Exception {
        String viewer = gateway.tokenFor("dashboard", "VIEWER");
        String auditor = gateway.tokenFor("pruefstelle", "AUDITOR");
        String contact = created(gateway.post("/api/cooperation/contacts", isb, """
                {"partnershipId": "%s", "institution": "NGO Amalipe (Beispiel)", "level": "NGO", "role": "COORDINATION",
                 "topics": ["Rückkehrberatung"], "name": "Maria Beispiel", "email": "maria@example.org",
                 "phone": "+359 32 000000"}""".formatted(partnershipId)));
        String meeting = meetingAttendedBy(contact, "Maria Beispiel");
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get("/api/cooperation/contacts/" + contact, isb)
                                                                  .status() == 200);
        String contacts = "/api/cooperation/partnerships/" + partnershipId + "/contacts";

        JsonNode name = gateway.get("/api/cooperation/contacts/" + contact, isb).json().path("name");
        assertThat(name.path("value").asText()).isEqualTo("Maria Beispiel");
        JsonNode hidden = gateway.get(contacts, viewer).json().get(0).path("contacts").get(0).path("name");
        assertThat(hidden.path("hidden").asBoolean()).as("viewers never see personal fields").isTrue();
        assertThat(hidden.has("value")).isFalse();
        JsonNode audited = gateway.get(contacts, auditor).json().get(0).path("contacts").get(0).path("email");
        assertThat(audited.path("erased").asBoolean()).isFalse();
        assertThat(audited.has("value")).as("auditors see that it exists, not what it says").isFalse();
        assertThat(gateway.get(contacts, gateway.tokenFor("awo", "PARTNER")).status()).isEqualTo(404);

        int contactEvents = history("/api/cooperation/contacts/" + contact + "/history").size();
        int meetingEvents = history("/api/workshops/meetings/" + meeting + "/history").size();
        assertThat(gateway.post("/api/people/" + contact + "/erase", isb, "{\"reason\": \"Auskunft\"}").status())
                .isEqualTo(403);
        assertThat(gateway.post("/api/people/" + contact + "/erase", coordinator, "{}").status()).isEqualTo(400);
        long before = gateway.storedEvents();

        assertThat(gateway.post("/api/people/" + contact + "/erase", coordinator,
                                "{\"reason\": \"Löschersuchen nach Art. 17 DSGVO\"}").status()).isEqualTo(204);

        assertThat(gateway.storedEvents()).as("one erasure event, nothing rewritten").isEqualTo(before + 1);
        assertThat(gateway.get("/api/people/" + contact + "/erasure", auditor).json().path("erased").asBoolean())
                .isTrue();
        JsonNode history = history("/api/cooperation/contacts/" + contact + "/history");
        assertThat(history.size()).isEqualTo(contactEvents);
        assertErased(history.get(0).path("payload").path("name"));
        assertErased(history.get(0).path("payload").path("email"));
        assertThat(history.get(0).path("payload").path("institution").asText()).isEqualTo("NGO Amalipe (Beispiel)");
        assertErased(gateway.get("/api/cooperation/contacts/" + contact, coordinator).json().path("name"));
        assertErased(gateway.get(contacts, isb).json().get(0).path("contacts").get(0).path("phone"));
        assertThat(history("/api/workshops/meetings/" + meeting + "/history").size()).isEqualTo(meetingEvents);
        assertErased(attendee(meeting));
        assertThat(gateway.post("/api/cooperation/contacts/" + contact + "/details", isb,
                                "{\"email\": \"neu@example.org\"}").status())
                .as("nothing new is recorded about an erased person").isEqualTo(409);

        // rebuilt from the first event, the read models show the person as erased too
        String admin = gateway.adminToken();
        rebuildAndSwap("cooperation-read-models", admin);
        rebuildAndSwap("workshop-read-models", admin);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            RunningGateway.Response rebuilt = gateway.get("/api/cooperation/contacts/" + contact, coordinator);
            assertThat(rebuilt.status()).isEqualTo(200);
            assertErased(rebuilt.json().path("name"));
            assertErased(attendee(meeting));
        });
        assertThat(gateway.get("/api/cooperation/partnerships/" + partnershipId, coordinator).json()
                          .path("partnerCity").asText()).isEqualTo("Plovdiv");
    }

    @Test
    void outsidersAndBadInputAreRefusedAndStoreNothing() throws Exception {
        long before = gateway.storedEvents();
        String awo = gateway.tokenFor("awo", "PARTNER");
        assertThat(gateway.post("/api/cooperation/visits", awo, visit("2017-03-20", "2017-03-24", null)).status())
                .as("not taking part").isEqualTo(403);
        assertThat(gateway.post("/api/cooperation/partnerships", isb, """
                {"partnerCity": "Sofia", "country": "Bulgarien", "participantIds": ["isb"]}""").status())
                .isEqualTo(403);
        assertCode(gateway.post("/api/cooperation/visits", isb, visit("2017-03-20", "2017-03-24", "no-such-application")),
                   422, "visit.unknown-funding-application");
        RunningGateway.Response reversed = gateway.post("/api/cooperation/visits", isb,
                                                        visit("2017-03-24", "2017-03-20", null));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.contentType()).startsWith("application/problem+json");
        assertThat(gateway.post("/api/cooperation/contacts", isb, """
                {"partnershipId": "%s", "institution": "NGO", "level": "NGO", "role": "TOPIC"}"""
                .formatted(partnershipId)).status()).as("a contact without a name").isEqualTo(400);
        assertCode(gateway.post("/api/cooperation/visits", isb, visit("2017-03-20", "2017-03-24", null)
                .replace(partnershipId, "no-such-partnership")), 422, "visit.unknown-partnership");
        assertCode(gateway.post("/api/cooperation/partnerships/" + partnershipId + "/status", coordinator,
                                "{\"status\": \"SUSPENDED\"}"), 409, "partnership.status-not-allowed");
        assertThat(gateway.post("/api/admin/projections/cooperation-read-models/rebuild", isb, "").status())
                .isEqualTo(403);
        assertThat(gateway.storedEvents()).isEqualTo(before);
    }

    /** Rebuilds the group beside its live read models and swaps the rebuilt ones in. */
    private static void rebuildAndSwap(String group, String admin) throws Exception {
        assertThat(gateway.post("/api/admin/projections/" + group + "/rebuild", admin, "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(
                () -> gateway.get("/api/admin/projections/" + group + "/rebuild", admin).json(),
                progress -> progress.path("state").asText().equals("CAUGHT_UP") && !progress.path("diff").isNull());
        RunningGateway.Response swapped = gateway.post("/api/admin/projections/" + group + "/swap", admin, "");
        assertThat(swapped.status()).as(gateway.get("/api/admin/projections/" + group + "/rebuild", admin).body())
                                    .isEqualTo(200);
    }

    private static String visit(String from, String to, String fundingApplicationId) {
        return """
                {"partnershipId": "%s", "kind": "OUTGOING_DELEGATION", "period": {"from": "%s", "to": "%s"},
                 "fundingApplicationId": %s}""".formatted(partnershipId, from, to,
                                                          fundingApplicationId == null ? "null"
                                                                  : "\"" + fundingApplicationId + "\"");
    }

    /** A meeting of a working group that the person attended, with their name recorded. */
    private static String meetingAttendedBy(String person, String name) throws Exception {
        String body = created(gateway.post("/api/organisations", coordinator,
                "{\"name\": \"Koordinierungsgruppe Neuzuwanderung\", \"shortName\": \"KG\", \"kind\": \"COORDINATION_BODY\"}"));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get("/api/organisations/" + body, coordinator)
                                                                  .status() == 200);
        String group = created(gateway.post("/api/workshops/groups", coordinator, """
                {"name": "AK Transnational", "mandate": "Austausch mit Plovdiv", "leadingOrganisationId": "isb",
                 "managingOrganisationId": "isb", "reportsToId": "%s"}""".formatted(body)));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get("/api/workshops/groups/" + group, isb)
                                                                  .status() == 200);
        String meeting = created(gateway.post("/api/workshops/meetings", isb, """
                {"groupId": "%s", "title": "Austausch mit der Delegation", "startsAt": "2017-03-22T10:00:00"}"""
                .formatted(group)));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get("/api/workshops/meetings/" + meeting, isb)
                                                                  .status() == 200);
        assertThat(gateway.post("/api/workshops/meetings/" + meeting + "/attendance", isb, """
                {"personRef": "%s", "name": "%s", "organisationId": "isb"}""".formatted(person, name)).status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(attendee(meeting).path("value").asText())
                .isEqualTo(name));
        return meeting;
    }

    private static JsonNode attendee(String meeting) throws Exception {
        return gateway.get("/api/workshops/meetings/" + meeting, coordinator).json().path("attendance").path("isb")
                      .path(0).path("name"); // path, not get: missing until the attendance is projected
    }

    private static JsonNode history(String path) throws Exception {
        RunningGateway.Response response = gateway.get(path, coordinator);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void assertErased(JsonNode field) {
        assertThat(field.path("personalData").asBoolean()).as(field.toString()).isTrue();
        assertThat(field.path("erased").asBoolean()).as(field.toString()).isTrue();
        assertThat(field.path("value").isNull() || field.path("value").isMissingNode()).as(field.toString()).isTrue();
    }

    private static String created(RunningGateway.Response response) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private static void assertCode(RunningGateway.Response response, int status, String code) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("code").asText()).isEqualTo(code);
    }
}

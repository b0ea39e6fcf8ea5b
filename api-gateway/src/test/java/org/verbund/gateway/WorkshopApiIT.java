package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The report's working group over HTTP: a series of three workshops, outcomes, approved and once corrected minutes,
 * the results transferred to the coordination group; then the decision register, the action items (one overdue)
 * and the receiving body's view; and who may do what, and bad input.
 */
class WorkshopApiIT {

    @TempDir
    Path dataDir;

    private RunningGateway gateway;
    private String mia;

    @Test
    void aSeriesOfThreeWorkshopsFromOutcomesToTransferredResults() throws Exception {
        try (RunningGateway running = new RunningGateway(dataDir)) {
            gateway = running;
            gateway.registered("sozialdezernat", "mia-do-ki", "caritasverband", "awo");
            String coordinator = gateway.tokenFor("sozialdezernat", "COORDINATOR");
            mia = gateway.tokenFor("mia-do-ki", "PARTNER");
            String caritas = gateway.tokenFor("caritasverband", "PARTNER");
            String awo = gateway.tokenFor("awo", "PARTNER");

            String bodyId = created(gateway.post("/api/organisations", coordinator, """
                    {"name": "Koordinierungsgruppe Neuzuwanderung", "shortName": "KG", "kind": "COORDINATION_BODY"}"""));
            await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get("/api/organisations/" + bodyId, coordinator)
                                                                      .status() == 200);
            String groupId = created(gateway.post("/api/workshops/groups", coordinator, """
                    {"name": "AK Handlungsrahmen Flüchtlinge", "mandate": "Lösungsszenarien Flüchtlingszuwanderung",
                     "leadingOrganisationId": "mia-do-ki", "managingOrganisationId": "mia-do-ki",
                     "reportsToId": "%s", "memberIds": ["caritasverband"], "effectiveOn": "2017-04-27"}"""
                    .formatted(bodyId)));
            await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get("/api/workshops/groups/" + groupId, mia)
                                                                       .status() == 200);
            String seriesId = created(gateway.post("/api/workshops/groups/" + groupId + "/series", mia,
                                                   "{\"title\": \"Handlungsrahmen Flüchtlinge 2017\"}"));
            await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get("/api/workshops/series/" + seriesId + "/map",
                                                                           mia).status() == 200);
            String first = workshop(groupId, seriesId, 1, "2017-06-12");
            String second = workshop(groupId, seriesId, 2, "2017-09-18");
            String third = workshop(groupId, seriesId, 3, "2017-11-20");

            // workshop 1: challenges, a decision and its action items
            assertThat(gateway.post("/api/workshops/meetings/" + first + "/attendance", mia,
                                    "{\"personRef\": \"person-0042\", \"organisationId\": \"caritasverband\"}")
                              .status()).isEqualTo(204);
            String housing = created(gateway.post("/api/workshops/meetings/" + first + "/challenges", mia,
                                                  "{\"text\": \"Zugang zu Wohnraum\"}"));
            String decision = created(gateway.post("/api/workshops/meetings/" + first + "/decisions", mia, """
                    {"text": "Eine Clearingstelle Wohnen wird konzipiert", "decidedByIds": ["mia-do-ki", "caritasverband"],
                     "unanimous": true, "effectiveOn": "2017-06-12"}"""));
            String overdue = created(gateway.post("/api/workshops/meetings/" + first + "/action-items", mia, """
                    {"text": "Konzept Clearingstelle Wohnen", "ownerId": "caritasverband", "dueOn": "2017-08-31",
                     "decisionId": "%s"}""".formatted(decision)));
            String later = created(gateway.post("/api/workshops/meetings/" + first + "/action-items", mia, """
                    {"text": "Raumbedarf melden", "ownerId": "caritasverband", "dueOn": "%s", "decisionId": "%s"}"""
                    .formatted(LocalDate.now().plusYears(1), decision)));
            await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get("/api/workshops/meetings/" + first, caritas)
                                                                      .body().contains(later));
            assertThat(gateway.post("/api/workshops/meetings/" + first + "/action-items/" + later + "/done", caritas,
                                    "{}").status()).as("the owner marks its item done").isEqualTo(204);

            refusedAndNothingStored(first, awo, caritas);

            // workshop 2 proposes a strategy for workshop 1's challenge; workshop 3 assigns an actor and its level
            String agency = created(gateway.post("/api/workshops/meetings/" + second + "/strategies", mia,
                    "{\"text\": \"Wohnraumagentur\", \"addressesChallenges\": [\"%s\"]}".formatted(housing)));
            await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get(
                    "/api/workshops/series/" + seriesId + "/map", mia).body().contains(agency));
            created(gateway.post("/api/workshops/meetings/" + third + "/actors", mia,
                    "{\"strategyId\": \"%s\", \"actor\": \"Land NRW, MAIS\", \"level\": \"STATE\"}".formatted(agency)));

            // minutes of workshop 1: drafted, amended by an attendee, approved, frozen, corrected once
            String minutes = "/api/workshops/meetings/" + first + "/minutes";
            assertThat(gateway.post(minutes, mia, "{\"text\": \"Protokoll: nächster Termin 12.07.\"}").status())
                    .isEqualTo(204);
            created(gateway.post(minutes + "/amendments", caritas,
                                 "{\"text\": \"Protokoll: nächster Termin 12.07.; Caritas ergänzt Zahlen\"}"));
            assertCode(gateway.post(minutes + "/amendments", awo, "{\"text\": \"anders\"}"), 409,
                       "minutes.only-attendees-amend");
            assertThat(gateway.post(minutes + "/approve", mia, "{\"approvedAt\": \"LEADING_ORGANISATION\"}").status())
                    .isEqualTo(204);
            assertCode(gateway.post(minutes + "/amendments", caritas, "{\"text\": \"still geändert\"}"), 409,
                       "minutes.frozen");
            String correction = created(gateway.post(minutes + "/corrections", mia, """
                    {"corrects": "minutes", "passage": "nächster Termin 12.07.", "text": "nächster Termin 19.07."}"""));
            assertThat(gateway.post(minutes + "/corrections/" + correction + "/approve", mia, """
                    {"approvedAt": "NEXT_MEETING", "atMeetingId": "%s"}""".formatted(second)).status())
                    .isEqualTo(204);

            // the series' results go to the coordination group
            created(gateway.post("/api/workshops/groups/" + groupId + "/transfers", mia, """
                    {"seriesId": "%s", "summary": "Eckpunkte Handlungsrahmen Flüchtlinge", "decisionIds": ["%s"]}"""
                    .formatted(seriesId, decision)));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode received = gateway.get("/api/workshops/received-results/" + bodyId, coordinator).json()
                                           .path("received");
                assertThat(received.size()).isEqualTo(1);
                assertThat(received.get(0).path("fromGroupName").asText()).isEqualTo("AK Handlungsrahmen Flüchtlinge");
                assertThat(received.get(0).path("seriesId").asText()).isEqualTo(seriesId);
            });
            // the transfer is an event in both histories; a group's history is its members' (awo reads what the
            // group publishes, never its history)
            assertThat(gateway.get("/api/workshops/groups/" + groupId + "/history", caritas).json()
                              .findValuesAsText("type")).contains("ResultsTransferredEvent");
            assertThat(gateway.get("/api/workshops/groups/" + groupId + "/history", awo).status()).isEqualTo(404);
            JsonNode receiving = gateway.get("/api/workshops/received-results/" + bodyId + "/history", coordinator)
                                        .json();
            assertThat(receiving.findValuesAsText("type")).containsExactly("ResultsReceivedEvent");
            assertThat(receiving.get(0).path("organisationId").asText()).isEqualTo("mia-do-ki");
            assertThat(gateway.get("/api/workshops/meetings/" + first + "/history", awo).status()).isEqualTo(404);

            JsonNode meeting = gateway.get("/api/workshops/meetings/" + first, caritas).json();
            assertThat(meeting.path("minutes").path("state").asText()).isEqualTo("APPROVED");
            assertThat(meeting.path("minutes").path("text").asText()).contains("12.07.").contains("Caritas ergänzt");
            assertThat(meeting.path("minutes").path("versions").size()).isEqualTo(2);
            assertThat(meeting.path("minutes").path("corrections").get(0).path("text").asText())
                    .isEqualTo("nächster Termin 19.07.");
            assertThat(meeting.path("attendance").path("caritasverband").get(0).path("person").asText())
                    .isEqualTo("person-0042");

            JsonNode published = gateway.get("/api/workshops/meetings/" + first, awo).json();
            assertThat(published.path("attendance").size()).as("outsiders see no attendance").isZero();
            assertThat(published.path("minutes").path("corrections").size()).isEqualTo(1);

            JsonNode register = gateway.get("/api/workshops/decisions?group=" + groupId, awo).json();
            assertThat(register.size()).isEqualTo(1);
            assertThat(register.get(0).path("meetingId").asText()).isEqualTo(first);
            assertThat(register.get(0).path("groupName").asText()).isEqualTo("AK Handlungsrahmen Flüchtlinge");
            assertThat(register.get(0).path("actionItems").findValuesAsText("state")).containsExactly("OPEN", "DONE");
            assertThat(gateway.get("/api/workshops/decisions?organisation=caritasverband&from=2017-01-01&to=2017-12-31",
                                   awo).json().size()).isEqualTo(1);
            assertThat(gateway.get("/api/workshops/decisions?from=2018-01-01", awo).json().size()).isZero();

            JsonNode items = gateway.get("/api/workshops/action-items", caritas).json();
            assertThat(items.findValuesAsText("actionItemId")).containsExactly(overdue, later);
            assertThat(items.get(0).path("overdue").asBoolean()).isTrue();
            assertThat(items.get(1).path("state").asText()).isEqualTo("DONE");

            JsonNode map = gateway.get("/api/workshops/series/" + seriesId + "/map", awo).json();
            JsonNode challenge = map.path("challenges").get(0);
            assertThat(challenge.path("text").asText()).isEqualTo("Zugang zu Wohnraum");
            assertThat(challenge.path("strategies").get(0).path("text").asText()).isEqualTo("Wohnraumagentur");
            assertThat(challenge.path("strategies").get(0).path("actors").get(0).path("level").asText())
                    .isEqualTo("STATE");

            aGroupThatDoesNotPublishIsInvisibleToOutsiders(coordinator, bodyId, awo);
        }
    }

    /** Workshop {@code number} of the series, scheduled and held. */
    private String workshop(String groupId, String seriesId, int number, String on) throws Exception {
        String meeting = created(gateway.post("/api/workshops/meetings", mia, """
                {"groupId": "%s", "seriesId": "%s", "workshopNumber": %d, "title": "Workshop %d",
                 "startsAt": "%sT09:30:00", "place": "Dietrich-Keuning-Haus"}"""
                .formatted(groupId, seriesId, number, number, on)));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get("/api/workshops/meetings/" + meeting, mia)
                                                                  .status() == 200);
        assertThat(gateway.post("/api/workshops/meetings/" + meeting + "/hold", mia,
                                "{\"effectiveOn\": \"" + on + "\"}").status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get("/api/workshops/meetings/" + meeting, mia)
                                                                  .json().path("status").asText().equals("HELD"));
        return meeting;
    }

    private void refusedAndNothingStored(String meeting, String awo, String caritas) throws Exception {
        String path = "/api/workshops/meetings/" + meeting;
        long before = gateway.storedEvents();
        // awo is not a member: it reads what the group publishes, but records nothing
        assertThat(gateway.post(path + "/challenges", awo, "{\"text\": \"Sprachkurse\"}").status()).isEqualTo(403);
        assertThat(gateway.post(path + "/minutes", caritas, "{\"text\": \"Protokoll\"}").status())
                .as("a member that does not run the group").isEqualTo(403);
        assertThat(gateway.post(path + "/action-items/no-such-item/done", awo, "{}").status()).isEqualTo(403);
        assertThat(gateway.get("/api/workshops/action-items?organisation=caritasverband", awo).status())
                .isEqualTo(403);
        assertThat(gateway.post("/api/workshops/meetings/no-such-meeting/challenges", mia, "{\"text\": \"x\"}")
                          .status()).isEqualTo(404);
        // bad input
        RunningGateway.Response blank = gateway.post(path + "/challenges", mia, "{\"text\": \" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertCode(gateway.post(path + "/action-items", mia, "{\"text\": \"ohne Termin\", \"ownerId\": \"awo\"}"), 422,
                   "action-item.owner-and-due-date-required");
        assertCode(gateway.post(path + "/decisions", mia, """
                {"text": "strittig", "decidedByIds": ["mia-do-ki"], "unanimous": false}"""), 422,
                   "decision.dissent-or-unanimous");
        assertCode(gateway.post(path + "/strategies", mia,
                                "{\"text\": \"x\", \"addressesChallenges\": [\"no-such-challenge\"]}"), 422,
                   "strategy.unknown-challenge");
        RunningGateway.Response name = gateway.post(path + "/attendance", mia,
                                                    "{\"personRef\": \"Maria Muster\", \"organisationId\": \"awo\"}");
        assertCode(name, 400, "validation-failed");
        assertThat(name.json().findValuesAsText("field")).as("a name is no person reference").contains("personRef");
        assertCode(gateway.post(path + "/reschedule", mia, "{\"startsAt\": \"2017-07-01T10:00:00\"}"), 409,
                   "meeting.not-scheduled");
        assertThat(gateway.post(path + "/actors", mia,
                                "{\"strategyId\": \"s\", \"actor\": \"Bund\", \"level\": \"GALAXY\"}").status())
                .isEqualTo(400);
        assertThat(gateway.storedEvents()).isEqualTo(before);
    }

    private void aGroupThatDoesNotPublishIsInvisibleToOutsiders(String coordinator, String bodyId, String awo)
            throws Exception {
        String closed = created(gateway.post("/api/workshops/groups", coordinator, """
                {"name": "AK intern", "mandate": "vertraulich", "leadingOrganisationId": "mia-do-ki",
                 "managingOrganisationId": "mia-do-ki", "reportsToId": "%s", "publishesResults": false}"""
                .formatted(bodyId)));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get("/api/workshops/groups/" + closed, mia)
                                                                  .status() == 200);
        String meeting = created(gateway.post("/api/workshops/meetings", mia, """
                {"groupId": "%s", "title": "Sitzung", "startsAt": "2017-05-02T14:00:00"}""".formatted(closed)));
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.get("/api/workshops/meetings/" + meeting, mia)
                                                                  .status() == 200);
        assertThat(gateway.get("/api/workshops/meetings/" + meeting, awo).status()).isEqualTo(404);
        assertThat(gateway.post("/api/workshops/meetings/" + meeting + "/hold", awo, "{}").status()).isEqualTo(404);
    }

    private static String created(RunningGateway.Response response) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private static void assertCode(RunningGateway.Response response, int status, String code) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("code").asText()).isEqualTo(code);
    }
}

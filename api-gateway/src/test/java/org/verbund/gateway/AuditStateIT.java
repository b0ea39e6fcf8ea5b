package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A funding application's state for auditors over HTTP, as recorded at an instant, as in effect on a day, and both
 * together; and its history, in order, with who did what on whose behalf and why. A contact's state shows its
 * personal fields as the privacy rules say.
 * <p>
 * What is done to it, in this order of recording, with effective dates that are not (the project started under an
 * early-start exemption before its approval took effect, and the start was entered after the approval):
 * <pre>
 * recorded  effective   what
 *  draft    2016-01-10  drafted by its lead applicant
 *  R1       2016-01-20  early start allowed
 *  R2       2016-02-01  submitted
 *  R3       2016-06-01  approved (90000.00) by the coordinator
 *  R4       2016-05-02  started
 *  R5       2016-07-01  amendment proposed (95000.00)
 * </pre>
 */
class AuditStateIT {

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static String coordinator;
    private static String lead;
    private static String auditor;
    private static String application;
    private static String amendment;

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(dataDir, "", "--verbund.store.embedded-backend=memory");
        gateway.registered("st-lead", "st-partner");
        coordinator = gateway.tokenFor("dez5", "COORDINATOR");
        lead = gateway.tokenFor("st-lead", "PARTNER");
        auditor = gateway.tokenFor("rpa", "AUDITOR");
        String programme = created("/api/funding/programmes", coordinator, """
                {"name": "Land/ESF", "funderLevel": "STATE", "effectiveOn": "2015-01-01"}""");
        application = created("/api/funding/applications", lead, """
                {"programmeId": "%s", "title": "Ankommen", "leadApplicantId": "st-lead", "partnerIds": ["st-partner"],
                 "requestedAmount": "100000.00", "period": {"from": "2016-05-01", "to": "2017-04-30"},
                 "effectiveOn": "2016-01-10", "reason": "first draft"}""".formatted(programme));
        done(lead, "early-start", "{\"effectiveOn\": \"2016-01-20\", \"reason\": \"staff hired\"}");
        done(lead, "submit", "{\"effectiveOn\": \"2016-02-01\"}");
        done(coordinator, "approve", """
                {"effectiveOn": "2016-06-01", "approvedAmount": "90000.00", "reason": "Bescheid vom 1. Juni"}""");
        done(lead, "start", "{\"effectiveOn\": \"2016-05-02\", \"reason\": \"entered late\"}");
        amendment = created("/api/funding/applications/" + application + "/amendments", lead, """
                {"amount": "95000.00", "effectiveOn": "2016-07-01", "reason": "more families"}""");
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void asRecordedAtAsInEffectOnAndBothTogetherDifferWhereTheyShouldAndAreRight() throws Exception {
        JsonNode now = state("");
        assertThat(types(now.path("events"))).containsSubsequence(
                "FundingApplicationDraftedEvent", "EarlyStartExemptionGrantedEvent", "FundingApplicationSubmittedEvent",
                "FundingApplicationApprovedEvent", "FundedProjectStartedEvent", "AmendmentProposedEvent");
        assertThat(now.path("aggregateType").asText()).isEqualTo("FundingApplication");
        assertThat(now.path("state").path("status").asText()).isEqualTo("RUNNING");
        assertThat(now.path("state").path("amendments").path(amendment).path("proposed").path("amount").asText())
                .as("a member comes along").isEqualTo("95000.00");
        String submitted = recordedAt(now, "FundingApplicationSubmittedEvent");
        String approved = recordedAt(now, "FundingApplicationApprovedEvent");
        String started = recordedAt(now, "FundedProjectStartedEvent");

        JsonNode knownAtSubmission = state("?recordedAt=" + submitted);
        assertThat(knownAtSubmission.path("state").path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(knownAtSubmission.path("state").path("earlyStartGranted").asBoolean()).isTrue();
        assertThat(knownAtSubmission.path("recordedAt").asText()).isEqualTo(submitted);
        assertThat(last(knownAtSubmission.path("events"))).isEqualTo("FundingApplicationSubmittedEvent");

        JsonNode knownAtApproval = state("?recordedAt=" + approved);
        assertThat(knownAtApproval.path("state").path("status").asText()).isEqualTo("APPROVED");
        assertThat(knownAtApproval.path("state").path("amendments").size()).isZero();

        JsonNode inEffectInMay = state("?effectiveOn=2016-05-15");
        assertThat(inEffectInMay.path("state").path("status").asText())
                .as("running under the early start, the approval not yet in effect").isEqualTo("RUNNING");
        assertThat(types(inEffectInMay.path("events"))).doesNotContain("FundingApplicationApprovedEvent")
                                                       .contains("FundedProjectStartedEvent");
        assertThat(types(inEffectInMay.path("notYetEffective")))
                .contains("FundingApplicationApprovedEvent", "AmendmentProposedEvent");
        assertThat(inEffectInMay.path("state").path("amendments").size()).isZero();

        JsonNode knownAtApprovalOfMay = state("?recordedAt=" + approved + "&effectiveOn=2016-05-15");
        assertThat(knownAtApprovalOfMay.path("state").path("status").asText())
                .as("the approval was known but not in effect; the start not known yet").isEqualTo("SUBMITTED");
        assertThat(types(knownAtApprovalOfMay.path("notYetEffective")))
                .containsExactly("FundingApplicationApprovedEvent");
        assertThat(knownAtApprovalOfMay.path("effectiveOn").asText()).isEqualTo("2016-05-15");

        JsonNode knownAtStartOfJuly = state("?recordedAt=" + started + "&effectiveOn=2016-07-01");
        assertThat(knownAtStartOfJuly.path("state").path("status").asText()).isEqualTo("RUNNING");
        assertThat(knownAtStartOfJuly.path("state").path("amendments").size())
                .as("the amendment was recorded later").isZero();
        assertThat(state("?effectiveOn=2016-07-01").path("state").path("amendments").has(amendment)).isTrue();
    }

    @Test
    void beforeItExistedUnknownOrMalformedIsAProblemAndAskingStoresNothing() throws Exception {
        long stored = gateway.storedEvents();
        String drafted = recordedAt(state(""), "FundingApplicationDraftedEvent");

        problem("?effectiveOn=2016-01-09", 404, "audit.did-not-exist-then");
        String justBefore = java.time.Instant.parse(drafted).minusNanos(1000).toString();
        problem("?recordedAt=" + justBefore, 404, "audit.did-not-exist-then");
        assertThat(gateway.get("/api/audit/aggregates/no-such-aggregate/state", auditor).json().path("code").asText())
                .isEqualTo("not-found");
        for (String bad : List.of("?recordedAt=yesterday", "?recordedAt=2016-05-01", "?recordedAt=2016-05-01T10:00:00",
                                  "?effectiveOn=2016-13-01", "?effectiveOn=01.05.2016", "?effectiveOn=2016-05-01T00:00Z")) {
            problem(bad, 400, "validation-failed");
        }
        assertThat(gateway.get("/api/audit/aggregates/" + "x".repeat(101) + "/state", auditor).status()).isEqualTo(400);

        assertThat(gateway.get(path(""), null).status()).isEqualTo(401);
        assertThat(gateway.get(path(""), coordinator).status()).isEqualTo(403);
        assertThat(gateway.get(path(""), lead).status()).isEqualTo(403);
        assertThat(gateway.get(path(""), gateway.adminToken()).status()).isEqualTo(200);
        assertThat(gateway.storedEvents()).isEqualTo(stored);
    }

    @Test
    void anApplicationsHistoryMatchesWhatWasDoneToItInOrderWithItsMetadata() throws Exception {
        List<JsonNode> history = await().atMost(Duration.ofSeconds(10)).until(
                () -> ofApplication(gateway.get("/api/audit/events", auditor).json()),
                events -> types(events).contains("AmendmentProposedEvent"));

        List<JsonNode> done = history.stream().filter(event -> !event.path("type").asText().startsWith("FundingDeadline"))
                                     .toList();
        assertThat(types(done)).containsExactly(
                "FundingApplicationDraftedEvent", "EarlyStartExemptionGrantedEvent", "FundingApplicationSubmittedEvent",
                "FundingApplicationApprovedEvent", "FundedProjectStartedEvent", "AmendmentProposedEvent");
        assertThat(done.stream().map(event -> event.path("effectiveOn").asText()).toList()).containsExactly(
                "2016-01-10", "2016-01-20", "2016-02-01", "2016-06-01", "2016-05-02", "2016-07-01");
        assertThat(history.stream().map(event -> event.path("sequence").asLong()).toList()).isSorted();
        assertThat(history.stream().map(event -> event.path("position").asLong()).toList()).isSorted();
        assertWho(done.get(0), "st-lead", "PARTNER", "first draft");
        assertWho(done.get(1), "st-lead", "PARTNER", "staff hired");
        assertWho(done.get(3), "dez5", "COORDINATOR", "Bescheid vom 1. Juni");
        assertWho(done.get(4), "st-lead", "PARTNER", "entered late");
        assertWho(done.get(5), "st-lead", "PARTNER", "more families");
        assertThat(done.get(2).path("metadata").has("reason")).isFalse();
        done.forEach(event -> assertThat(event.path("metadata").path("correlationId").asText()).isNotBlank());

        JsonNode events = state("").path("events");
        assertThat(events.size()).as("the state's events are the whole history").isEqualTo(history.size());
        for (int i = 0; i < history.size(); i++) {
            assertThat(events.get(i).path("type").asText()).isEqualTo(history.get(i).path("type").asText());
            assertThat(events.get(i).path("recordedAt").asText()).isEqualTo(history.get(i).path("recordedAt").asText());
            assertThat(events.get(i).path("metadata")).isEqualTo(history.get(i).path("metadata"));
        }
        assertThat(events.get(3).path("payload").path("approvedAmount").asText()).isEqualTo("90000.00");
    }

    @Test
    void personalFieldsInAStateAreShownAsThePrivacyRulesSay() throws Exception {
        String partnership = created("/api/cooperation/partnerships", coordinator, """
                {"partnerCity": "Plovdiv", "country": "Bulgarien", "participantIds": ["st-lead"]}""");
        String contact = created("/api/cooperation/contacts", lead, """
                {"partnershipId": "%s", "institution": "NGO", "level": "NGO", "role": "TOPIC",
                 "name": "Maria Ivanova"}""".formatted(partnership));
        String path = "/api/audit/aggregates/" + contact + "/state";

        RunningGateway.Response toAuditor = gateway.get(path, auditor);
        assertThat(toAuditor.status()).isEqualTo(200);
        assertThat(toAuditor.body()).as("an auditor learns that there was a personal field, not what it said")
                                    .contains("\"personalData\":true").doesNotContain("Maria Ivanova");
        assertThat(toAuditor.json().path("aggregateType").asText()).isEqualTo("Contact");
        RunningGateway.Response toAdmin = gateway.get(path, gateway.adminToken());
        assertThat(toAdmin.body()).contains("Maria Ivanova");
    }

    private static void assertWho(JsonNode event, String organisation, String role, String reason) {
        assertThat(event.path("metadata").path("organisationId").asText()).isEqualTo(organisation);
        assertThat(event.path("metadata").path("role").asText()).isEqualTo(role);
        assertThat(event.path("metadata").path("actorId").asText()).isNotBlank();
        assertThat(event.path("metadata").path("reason").asText()).isEqualTo(reason);
    }

    private static String created(String path, String token, String body) throws Exception {
        RunningGateway.Response response = gateway.post(path, token, body);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private static void done(String token, String transition, String body) throws Exception {
        RunningGateway.Response response = gateway.post("/api/funding/applications/" + application + "/" + transition,
                                                        token, body);
        assertThat(response.status()).as(transition + " " + response.body()).isEqualTo(204);
    }

    private static String path(String query) {
        return "/api/audit/aggregates/" + application + "/state" + query;
    }

    private static JsonNode state(String query) throws Exception {
        RunningGateway.Response response = gateway.get(path(query), auditor);
        assertThat(response.status()).as(query + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static void problem(String query, int status, String code) throws Exception {
        RunningGateway.Response response = gateway.get(path(query), auditor);
        assertThat(response.status()).as(query + " " + response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(query).startsWith("application/problem+json");
        assertThat(response.json().path("code").asText()).as(query).isEqualTo(code);
        assertThat(response.body()).as(query).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static String recordedAt(JsonNode state, String type) {
        for (JsonNode event : state.path("events")) {
            if (event.path("type").asText().equals(type)) {
                return event.path("recordedAt").asText();
            }
        }
        throw new AssertionError("no " + type + " in " + state);
    }

    private static List<JsonNode> ofApplication(JsonNode history) {
        List<JsonNode> events = new ArrayList<>();
        history.forEach(event -> {
            if (application.equals(event.path("aggregateId").asText())) {
                events.add(event);
            }
        });
        return events;
    }

    private static List<String> types(JsonNode events) {
        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.path("type").asText()));
        return types;
    }

    private static List<String> types(List<JsonNode> events) {
        return events.stream().map(event -> event.path("type").asText()).toList();
    }

    private static String last(JsonNode events) {
        return events.get(events.size() - 1).path("type").asText();
    }
}

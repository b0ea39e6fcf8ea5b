package org.verbund.gateway;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One object of each kind on a running gateway, for tests that walk every endpoint: {@code am-lead} leads the
 * application (with {@code am-member} as implementing partner), leads and manages the working group ({@code am-member}
 * a member, the group not publishing), takes part in the partnership and created the meeting, visit, contact and
 * agreement; {@code am-other} is in none of them. It knows a value for every path segment and body field by name.
 */
final class TestWorld {

    static final String LEAD = "am-lead";
    static final String MEMBER = "am-member";
    static final String OTHER = "am-other";
    static final String BODY = "am-body";

    private final RunningGateway gateway;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> world = new LinkedHashMap<>();

    private TestWorld(RunningGateway gateway) {
        this.gateway = gateway;
    }

    /** The organisations, a token per kind of caller, and the objects. */
    static TestWorld on(RunningGateway gateway) throws Exception {
        TestWorld world = new TestWorld(gateway);
        gateway.registered("dez5", LEAD, MEMBER, OTHER);
        gateway.registeredBodies(BODY);
        world.tokens.put("METRICS", gateway.tokenFor("verbund-network", "METRICS"));
        world.tokens.put("VIEWER", gateway.tokenFor(OTHER, "VIEWER"));
        world.tokens.put("AUDITOR", gateway.tokenFor(OTHER, "AUDITOR"));
        world.tokens.put("PARTNER lead", gateway.tokenFor(LEAD, "PARTNER"));
        world.tokens.put("PARTNER member", gateway.tokenFor(MEMBER, "PARTNER"));
        world.tokens.put("PARTNER other", gateway.tokenFor(OTHER, "PARTNER"));
        world.tokens.put("COORDINATOR", gateway.tokenFor("dez5", "COORDINATOR"));
        world.tokens.put("ADMIN", gateway.adminToken());
        world.build();
        return world;
    }

    /** The token of a kind of caller ("PARTNER lead", "VIEWER" ...); null for "anonymous". */
    String token(String caller) {
        return tokens.get(caller);
    }

    private void build() throws Exception {
        String coordinator = tokens.get("COORDINATOR");
        String lead = tokens.get("PARTNER lead");
        world.put("organisation", LEAD);
        world.put("programme", created("/api/funding/programmes", coordinator, """
                {"name": "Land/ESF", "funderLevel": "STATE", "call": {"name": "Aufruf", "submissionDeadline": "2030-01-01"}}"""));
        world.put("application", created("/api/funding/applications", lead, """
                {"programmeId": "%s", "title": "Projekt", "leadApplicantId": "%s", "partnerIds": ["%s"],
                 "requestedAmount": "100.00", "period": {"from": "2018-01-01", "to": "2018-12-31"}}"""
                .formatted(world.get("programme"), LEAD, MEMBER)));
        world.put("group", created("/api/workshops/groups", coordinator, """
                {"name": "AK", "mandate": "Austausch", "leadingOrganisationId": "%s", "managingOrganisationId": "%s",
                 "reportsToId": "%s", "memberIds": ["%s"], "publishesResults": false}""".formatted(LEAD, LEAD, BODY, MEMBER)));
        world.put("series", created("/api/workshops/groups/" + world.get("group") + "/series", lead,
                                    "{\"title\": \"Reihe\"}"));
        world.put("meeting", created("/api/workshops/meetings", lead, """
                {"groupId": "%s", "title": "Sitzung", "startsAt": "2018-03-01T10:00:00"}""".formatted(world.get("group"))));
        world.put("partnership", created("/api/cooperation/partnerships", coordinator, """
                {"partnerCity": "Plovdiv", "country": "Bulgarien", "participantIds": ["%s"]}""".formatted(LEAD)));
        world.put("visit", created("/api/cooperation/visits", lead, """
                {"partnershipId": "%s", "kind": "WORKING_VISIT", "period": {"from": "2018-05-02", "to": "2018-05-04"}}"""
                .formatted(world.get("partnership"))));
        world.put("contact", created("/api/cooperation/contacts", lead, """
                {"partnershipId": "%s", "institution": "NGO", "level": "NGO", "role": "TOPIC", "name": "Beispiel"}"""
                .formatted(world.get("partnership"))));
        world.put("agreement", created("/api/cooperation/agreements", lead, """
                {"partnershipId": "%s", "title": "Vereinbarung"}""".formatted(world.get("partnership"))));
        world.put("client", gateway.createClient(OTHER, "VIEWER").path("clientId").asText());
        world.put("snapshot", gateway.post("/api/audit/snapshots", tokens.get("AUDITOR"),
                                           "{\"projection\": \"organisations\", \"effectiveOn\": \"2018-01-01\"}")
                                     .json().path("progress").path("id").asText());
        await().atMost(Duration.ofSeconds(20)).until(() -> gateway.get("/api/workshops/meetings/" + world.get("meeting"),
                                                                       lead).status() == 200
                && gateway.get("/api/cooperation/contacts/" + world.get("contact"), lead).status() == 200
                && gateway.get("/api/funding/applications/" + world.get("application"), lead).status() == 200);
    }

    /** The path of {@code template} with every segment naming something of the world. */
    String path(String template) {
        if (template.equals("/api/funding/schedules/degressive")) {
            return template + "?monthlyRate=1000.00&rates=0.7&rates=0.6&start=2018-01";
        }
        String path = template;
        for (String segment : template.split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1).replaceAll(":.*", "");
                path = path.replace(segment, pathValue(template, name, segment));
            }
        }
        return path;
    }

    private String pathValue(String template, String name, String segment) {
        if (segment.contains(":")) {
            return segment.substring(segment.indexOf(':') + 1, segment.length() - 1).split("\\|")[0];
        }
        return switch (name) {
            case "itemId", "goalId", "amendmentId", "correctionId" -> "known-" + name;
            case "personRef" -> "person-am";
            case "clientId" -> world.get("client");
            case "bodyId" -> BODY;
            case "organisationId" -> MEMBER;
            default -> known(template, name);
        };
    }

    /** A value that names something of the world, for a path segment or field of that name. */
    String known(String template, String name) {
        if (name.equals("id")) {
            for (Map.Entry<String, String> collection : Map.ofEntries(
                    Map.entry("/api/organisations/", "organisation"), Map.entry("/api/funding/programmes/", "programme"),
                    Map.entry("/api/funding/applications/", "application"), Map.entry("/api/workshops/groups/", "group"),
                    Map.entry("/api/workshops/meetings/", "meeting"),
                    Map.entry("/api/cooperation/partnerships/", "partnership"),
                    Map.entry("/api/cooperation/visits/", "visit"), Map.entry("/api/cooperation/contacts/", "contact"),
                    Map.entry("/api/workshops/series/", "series"), Map.entry("/api/audit/aggregates/", "application"),
                    Map.entry("/api/audit/snapshots/", "snapshot")).entrySet()) {
                if (template.startsWith(collection.getKey())) {
                    return world.get(collection.getValue());
                }
            }
        }
        return switch (name) {
            case "transition" -> template.contains("/visits/") ? "hold" : template.contains("/agreements/")
                    ? "negotiate" : template.contains("/meetings/") ? "hold" : "submit";
            case "change" -> "agree";
            case "state" -> "done";
            case "decision" -> "approve";
            case "deadline" -> "statement";
            case "programmeId" -> world.get("programme");
            case "predecessorId", "fundingApplicationId" -> world.get("application");
            case "groupId" -> world.get("group");
            case "seriesId" -> world.get("series");
            case "meetingId", "atMeetingId" -> world.get("meeting");
            case "partnershipId" -> world.get("partnership");
            case "establishedDuringVisitId" -> world.get("visit");
            case "agreementId" -> world.get("agreement");
            case "reportsToId", "coordinationBodyId", "bodyId" -> BODY;
            case "name" -> "organisations";
            case "corrects" -> "minutes";
            case "leadApplicantId", "leadingOrganisationId", "managingOrganisationId", "ownerId",
                 "participantIds", "signatoryIds", "decidedByIds" -> LEAD;
            case "organisationId", "partnerIds", "memberIds" -> MEMBER;
            default -> "known-" + name;
        };
    }

    private String created(String path, String token, String body) throws Exception {
        RunningGateway.Response response = gateway.post(path, token, body);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }
}

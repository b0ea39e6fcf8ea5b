package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is stored unless the answer is 2xx, for every write endpoint the OpenAPI document lists: a request that
 * accepts no JSON is 406 before anything is sent; blank, whitespace, over-long and unknown ids in paths and bodies are
 * 4xx problems; a stale {@code If-Match} is 409 with the current version; concurrent conflicting writes are 409.
 */
class WritePathIT {

    private static final String CARRIER = "wp-carrier";
    private static final String BODY = "wp-body";
    private static final String TOO_LONG = "x".repeat(101);

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static String coordinator;
    private static String admin;
    private static final Map<String, String> world = new java.util.HashMap<>();
    private static List<OpenApiWrites.Write> writes;

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(dataDir);
        gateway.registered("dez5", CARRIER, "wp-outsider");
        gateway.registeredBodies(BODY);
        coordinator = gateway.tokenFor("dez5", "COORDINATOR");
        admin = gateway.adminToken();
        world.put("organisation", created("/api/organisations",
                                          "{\"name\": \"Träger\", \"shortName\": \"T\", \"kind\": \"NON_PROFIT_CARRIER\"}"));
        world.put("programme", created("/api/funding/programmes", "{\"name\": \"Land/ESF\", \"funderLevel\": \"STATE\"}"));
        world.put("application", created("/api/funding/applications", """
                {"programmeId": "%s", "title": "Projekt", "leadApplicantId": "%s", "requestedAmount": "100.00",
                 "period": {"from": "2018-01-01", "to": "2018-12-31"}}""".formatted(world.get("programme"), CARRIER)));
        world.put("group", created("/api/workshops/groups", """
                {"name": "AK", "mandate": "Austausch", "leadingOrganisationId": "%s", "managingOrganisationId": "%s",
                 "reportsToId": "%s"}""".formatted(CARRIER, CARRIER, BODY)));
        world.put("series", created("/api/workshops/groups/" + world.get("group") + "/series", "{\"title\": \"Reihe\"}"));
        world.put("meeting", created("/api/workshops/meetings", """
                {"groupId": "%s", "title": "Sitzung", "startsAt": "2018-03-01T10:00:00"}""".formatted(world.get("group"))));
        world.put("partnership", created("/api/cooperation/partnerships", """
                {"partnerCity": "Plovdiv", "country": "Bulgarien", "participantIds": ["%s"]}""".formatted(CARRIER)));
        world.put("visit", created("/api/cooperation/visits", """
                {"partnershipId": "%s", "kind": "WORKING_VISIT", "period": {"from": "2018-05-02", "to": "2018-05-04"}}"""
                .formatted(world.get("partnership"))));
        world.put("contact", created("/api/cooperation/contacts", """
                {"partnershipId": "%s", "institution": "NGO", "level": "NGO", "role": "TOPIC", "name": "Beispiel"}"""
                .formatted(world.get("partnership"))));
        world.put("agreement", created("/api/cooperation/agreements", """
                {"partnershipId": "%s", "title": "Vereinbarung"}""".formatted(world.get("partnership"))));
        writes = new OpenApiWrites(gateway.get("/v3/api-docs", null).body(), WritePathIT::known).all();
        assertThat(writes).as("the write endpoints of the OpenAPI document").hasSizeGreaterThan(50);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void aRequestThatAcceptsNoJsonIsRefusedBeforeAnythingIsSent() throws Exception {
        List<String> failures = new ArrayList<>();
        for (OpenApiWrites.Write write : writes) {
            long before = gateway.storedEvents();
            RunningGateway.Response answer = gateway.send("POST", write.path(), tokenFor(write), write.bodyText(),
                                                          Map.of("Accept", "application/xml"));
            if (answer.status() != 406 || !answer.contentType().startsWith("application/problem+json")
                || gateway.storedEvents() != before) {
                failures.add(write.path() + ": " + answer.status() + " " + answer.contentType() + " " + answer.body());
            }
        }
        assertThat(failures).as("writes that did not answer 406 problem+json with nothing stored").isEmpty();
    }

    @Test
    void badIdsInPathsAndBodiesAreRefusedAndStoreNothing() throws Exception {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (OpenApiWrites.Write write : writes) {
            for (String id : write.pathIds()) {
                for (String bad : List.of("%20", "%09", TOO_LONG)) {
                    cases++;
                    check(write, write.pathWith(Map.of(id, bad)), write.bodyText(), id, true, failures);
                }
                cases++; // a blank segment: an empty one, which the firewall refuses before any controller sees it
                check(write, write.pathWith(Map.of(id, "")), write.bodyText(), "request-rejected", false, failures);
                if (mustNameSomethingThatExists(id)) {
                    cases++;
                    check(write, write.pathWith(Map.of(id, "unknown-" + id)), write.bodyText(), id, false, failures);
                }
            }
            for (String pointer : write.bodyIds()) {
                String field = OpenApiWrites.Write.fieldOf(pointer);
                for (String bad : List.of("", " ", TOO_LONG)) {
                    cases++;
                    check(write, write.path(), write.bodyWith(pointer, bad), field, true, failures);
                }
                if (!write.template().startsWith("/api/admin/") && mustNameSomethingThatExists(field)) {
                    cases++;
                    check(write, write.path(), write.bodyWith(pointer, "unknown-" + field), field, false, failures);
                }
            }
        }
        System.out.println("bad ids: " + cases + " cases over " + writes.size() + " write endpoints");
        assertThat(cases).isGreaterThan(300);
        assertThat(failures).as("bad ids that were not refused with a 4xx problem and nothing stored").isEmpty();
    }

    @Test
    void aStaleIfMatchIsRefusedWithTheCurrentVersion() throws Exception {
        String organisation = created("/api/organisations",
                                      "{\"name\": \"Verein\", \"shortName\": \"V\", \"kind\": \"NON_PROFIT_CARRIER\"}");
        String path = "/api/organisations/" + organisation;
        assertThat(gateway.get(path, coordinator).header("ETag")).isEqualTo("\"0\"");
        RunningGateway.Response renamed = gateway.send("POST", path + "/rename", coordinator,
                "{\"name\": \"Verein e.V.\", \"shortName\": \"V\"}", Map.of("If-Match", "\"0\""));
        assertThat(renamed.status()).isEqualTo(204);
        assertThat(renamed.header("ETag")).isEqualTo("\"1\"");
        long before = gateway.storedEvents();

        RunningGateway.Response stale = gateway.send("POST", path + "/rename", coordinator,
                "{\"name\": \"Verein Dortmund\", \"shortName\": \"VD\"}", Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().path("code").asText()).isEqualTo("concurrent-modification");
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);
        assertThat(stale.header("ETag")).isEqualTo("\"1\"");
        RunningGateway.Response malformed = gateway.send("POST", path + "/rename", coordinator,
                "{\"name\": \"Verein Dortmund\", \"shortName\": \"VD\"}", Map.of("If-Match", "version one"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().findValuesAsText("field")).contains("If-Match");
        assertThat(gateway.storedEvents()).isEqualTo(before);

        String application = created("/api/funding/applications", """
                {"programmeId": "%s", "title": "Verborgen", "leadApplicantId": "%s", "requestedAmount": "1.00",
                 "period": {"from": "2018-01-01", "to": "2018-12-31"}}""".formatted(world.get("programme"), CARRIER));
        RunningGateway.Response hidden = gateway.send("POST", "/api/funding/applications/" + application + "/submit",
                                                      gateway.tokenFor("wp-outsider", "PARTNER"), "{}",
                                                      Map.of("If-Match", "\"7\""));
        assertThat(hidden.status()).as("a version tells nothing to whom the application does not exist")
                                   .isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("currentVersion");

        RunningGateway.Response current = gateway.send("POST", path + "/rename", coordinator,
                "{\"name\": \"Verein Dortmund\", \"shortName\": \"VD\"}", Map.of("If-Match", "\"1\""));
        assertThat(current.status()).isEqualTo(204);
        assertThat(gateway.get(path, coordinator).json().path("name").asText()).isEqualTo("Verein Dortmund");
    }

    @Test
    void anIdempotencyKeyIsTheCallersOwnAndAPositionMustHaveBeenWritten() throws Exception {
        String lead = gateway.tokenFor(CARRIER, "PARTNER");
        String viewer = gateway.tokenFor(CARRIER, "VIEWER");
        String draft = """
                {"programmeId": "%s", "title": "Einmal", "leadApplicantId": "%s", "requestedAmount": "1.00",
                 "period": {"from": "2018-01-01", "to": "2018-12-31"}}""".formatted(world.get("programme"), CARRIER);
        RunningGateway.Response first = gateway.post("/api/funding/applications", lead, draft, "key-1");
        RunningGateway.Response repeated = gateway.post("/api/funding/applications", lead, draft, "key-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(repeated.status()).isEqualTo(201);
        assertThat(repeated.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeated.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
        assertThat(gateway.post("/api/funding/applications", viewer, draft, "key-1").status())
                .as("another client of the same organisation gets no replay: the aggregate decides for it")
                .isEqualTo(403);

        long written = Long.parseLong(first.header("Verbund-Position"));
        assertThat(gateway.send("GET", first.location(), lead, null, Map.of("Verbund-Position", "" + written))
                          .status()).isEqualTo(200);
        RunningGateway.Response ahead = gateway.send("GET", first.location(), lead, null,
                                                     Map.of("Verbund-Position", "" + (written + 1_000_000)));
        assertThat(ahead.status()).as("a position nobody wrote is refused at once").isEqualTo(400);
        assertThat(ahead.json().findValuesAsText("field")).contains("Verbund-Position");
    }

    @Test
    void concurrentConflictingWritesAre409AndNothingElse() throws Exception {
        for (int round = 0; round < 5; round++) {
            String application = created("/api/funding/applications", """
                    {"programmeId": "%s", "title": "Wettlauf", "leadApplicantId": "%s", "requestedAmount": "1.00",
                     "period": {"from": "2018-01-01", "to": "2018-12-31"}}""".formatted(world.get("programme"), CARRIER));
            List<Integer> submits = concurrently(8, () -> gateway.post(
                    "/api/funding/applications/" + application + "/submit", coordinator, "{}").status());
            assertThat(submits).as("one submit wins, the others conflict").containsOnly(204, 409)
                               .filteredOn(status -> status == 204).hasSize(1);

            String organisation = created("/api/organisations",
                                          "{\"name\": \"Wettlauf\", \"shortName\": \"W\", \"kind\": \"UNIVERSITY\"}");
            List<Integer> renames = new ArrayList<>();
            for (int[] client = {0}; client[0] < 1; client[0]++) {
                renames.addAll(concurrently(8, () -> gateway.send(
                        "POST", "/api/organisations/" + organisation + "/rename", coordinator,
                        "{\"name\": \"Wettlauf " + Thread.currentThread().getId() + "\", \"shortName\": \"W\"}",
                        Map.of("If-Match", "\"0\"")).status()));
            }
            assertThat(renames).as("one rename of version 0 wins").containsOnly(204, 409)
                               .filteredOn(status -> status == 204).hasSize(1);
        }
    }

    private static void check(OpenApiWrites.Write write, String path, String body, String name, boolean malformed,
                              List<String> failures) throws Exception {
        long before = gateway.storedEvents();
        RunningGateway.Response answer = gateway.send("POST", path, tokenFor(write), body, Map.of());
        String what = "POST " + path + " " + name + (malformed ? " malformed" : " unknown") + " (" + body + "): "
                      + answer.status() + " " + answer.body();
        if (answer.status() < 400 || answer.status() >= 500
            || !answer.contentType().startsWith("application/problem+json")) {
            failures.add(what);
        } else if (gateway.storedEvents() != before) {
            failures.add("stored something: " + what);
        } else if (malformed && (answer.status() != 400 && !isAdminRefusal(write, answer)
                                 || answer.status() == 400 && !names(answer.json(), name))) {
            failures.add("not a 400 naming the field: " + what);
        }
    }

    /**
     * A person reference is introduced by the write that names the person (attendance, participants); an erasure may
     * be asked for anyone (it records that the person's data is gone, even if there never was any). Admin routes
     * manage API clients, which are no aggregates.
     */
    private static boolean mustNameSomethingThatExists(String name) {
        return !name.equals("personRef");
    }

    private static boolean isAdminRefusal(OpenApiWrites.Write write, RunningGateway.Response answer) {
        return write.template().startsWith("/api/admin/") && answer.status() == 404;
    }

    private static boolean names(JsonNode problem, String field) {
        return problem.findValuesAsText("field").stream().anyMatch(named -> named.contains(field));
    }

    private static String tokenFor(OpenApiWrites.Write write) {
        return write.template().startsWith("/api/admin/") || write.template().startsWith("/api/audit/") ? admin
                : coordinator;
    }

    /** A value that names something of the world, for a path segment or field of that name. */
    private static String known(String template, String name) {
        if (name.equals("id")) {
            for (Map.Entry<String, String> collection : Map.of(
                    "/api/organisations/", "organisation", "/api/funding/programmes/", "programme",
                    "/api/funding/applications/", "application", "/api/workshops/groups/", "group",
                    "/api/workshops/meetings/", "meeting", "/api/cooperation/partnerships/", "partnership",
                    "/api/cooperation/visits/", "visit", "/api/cooperation/contacts/", "contact").entrySet()) {
                if (template.startsWith(collection.getKey())) {
                    return world.get(collection.getValue());
                }
            }
        }
        return switch (name) {
            case "programmeId" -> world.get("programme");
            case "predecessorId", "fundingApplicationId" -> world.get("application");
            case "groupId" -> world.get("group");
            case "seriesId" -> world.get("series");
            case "meetingId", "atMeetingId" -> world.get("meeting");
            case "partnershipId" -> world.get("partnership");
            case "establishedDuringVisitId" -> world.get("visit");
            case "agreementId" -> world.get("agreement");
            case "reportsToId", "coordinationBodyId" -> BODY;
            case "corrects" -> "minutes";
            case "name" -> "organisations";
            default -> Set.of("leadApplicantId", "leadingOrganisationId", "managingOrganisationId", "organisationId",
                              "ownerId", "partnerIds", "memberIds", "decidedByIds", "participantIds", "signatoryIds")
                              .contains(name) ? CARRIER : "known-" + name;
        };
    }

    private static List<Integer> concurrently(int clients, Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                answers.add(pool.submit(request));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    private static String created(String path, String body) throws Exception {
        RunningGateway.Response response = gateway.post(path, coordinator, body);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }
}

package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbund.core.audit.LeafEncoding;
import org.verbund.core.audit.MerkleTree;
import org.verbund.core.audit.PointInTimeStates;
import org.verbund.core.audit.api.AggregateState;
import org.verbund.core.audit.api.PointInTime;
import org.verbund.core.audit.api.SignedTreeHead;
import org.verbund.core.audit.api.StoredPosition;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.Role;
import org.verbund.funding.api.Cohort;
import org.verbund.funding.api.RecordStudyPlacementsCommand;
import org.verbund.funding.api.StudyPlacementsRecordedEvent;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Study placements recorded in revision 1 (the cohort in free text), stored exactly as they were before revision 2,
 * beside placements recorded in revision 2 (the cohort structured), one aggregate holding one of each: the history
 * and its export show each with the revision it was stored in and the one it is read as, the point-in-time state
 * reads both as revision 2 (as recorded now, and as recorded in 2017 before the correction), the placement tables
 * rebuilt beside the live ones count both and match them, and the audit tree, which covers the bytes as stored, still verifies.
 */
class StudyPlacementsRevisionsIT {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final String DORTMUND_2014 = "Dortmund:2014/15";
    private static final String HAMM_UNREAD = "Hamm:Sommer 2016";
    private static final Instant RECORDED_IN_2017 = Instant.parse("2017-03-01T10:00:00Z");

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static String auditor;
    private static String coordinator;

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(dataDir, "", "--verbund.store.embedded-backend=memory",
                                     "--verbund.audit.append-interval=50ms");
        auditor = gateway.tokenFor("rpa", "AUDITOR");
        coordinator = gateway.tokenFor("dez5", "COORDINATOR");
        EventStorageEngine engine = gateway.bean(EventStorageEngine.class);
        engine.appendEvents(storedInRevisionOne(DORTMUND_2014, "Dortmund", "2014/15", 23, 5, 0, "2014-10-01"));
        engine.appendEvents(storedInRevisionOne(HAMM_UNREAD, "Hamm", "Sommer 2016", 0, 0, 2, "2016-04-01"));
        // revision 2 through the command path: a correction on top of the revision-1 record, and a new cohort
        record("Dortmund", new Cohort(2014), 22, 6);
        record("Dortmund", new Cohort(2015), 9, 3);
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void theHistoryShowsEachEventWithTheRevisionItWasStoredInAndTheOneItIsReadAs() throws Exception {
        List<JsonNode> dortmund = await().atMost(Duration.ofSeconds(10)).until(
                () -> ofAggregate(gateway.get("/api/audit/events?limit=1000", auditor).json(), DORTMUND_2014),
                events -> events.size() == 2);

        assertThat(dortmund).extracting(event -> event.path("type").asText())
                            .containsOnly("StudyPlacementsRecordedEvent");
        assertThat(dortmund).extracting(event -> event.path("context").asText()).containsOnly("funding");
        assertThat(dortmund).extracting(event -> event.path("revision").asText()).containsExactly("1", "2");
        assertThat(dortmund).extracting(event -> event.path("readAsRevision").asText()).containsExactly("2", "2");
        assertThat(dortmund).extracting(event -> event.path("effectiveOn").asText())
                            .containsExactly("2014-10-01", "2014-10-01");
        assertThat(dortmund.get(0).path("recordedAt").asText()).isEqualTo("2017-03-01T10:00:00Z");
        assertThat(dortmund.get(0).path("metadata").path("actorId").asText()).isEqualTo("coordination-office-2017");

        String export = gateway.send("GET", "/api/audit/events", auditor, null,
                                     Map.of("Accept", "application/x-ndjson")).body();
        List<JsonNode> exported = new ArrayList<>();
        for (String line : export.strip().split("\n")) {
            exported.add(JSON.readTree(line));
        }
        assertThat(ofAggregate(JSON.valueToTree(exported), DORTMUND_2014))
                .extracting(event -> event.path("revision").asText() + "->" + event.path("readAsRevision").asText())
                .containsExactly("1->2", "2->2");
    }

    @Test
    void thePointInTimeStateReadsTheRevisionOneEventAsRevisionTwo() throws Exception {
        JsonNode now = state(DORTMUND_2014, null);
        assertThat(now.path("aggregateType").asText()).isEqualTo("CohortPlacements");
        assertThat(now.path("state").path("stateFunded").asInt()).isEqualTo(22);
        assertThat(now.path("events")).hasSize(2);
        assertThat(now.path("events").get(0).path("payload").path("cohort").path("startYear").asInt())
                .isEqualTo(2014);
        assertThat(now.path("events").get(0).path("payload").path("unparsedCohort").isNull()).isTrue();
        assertThat(now.path("events").get(1).path("payload").path("cohort").path("startYear").asInt())
                .isEqualTo(2014);

        JsonNode in2017 = state(DORTMUND_2014, Instant.parse("2017-03-02T00:00:00Z"));
        assertThat(in2017.path("events")).hasSize(1);
        assertThat(in2017.path("state").path("stateFunded").asInt()).isEqualTo(23);
        assertThat(in2017.path("state").path("ownMeans").asInt()).isEqualTo(5);

        JsonNode unread = state(HAMM_UNREAD, null).path("events").get(0).path("payload");
        assertThat(unread.path("cohort").isNull()).isTrue();
        assertThat(unread.path("unparsedCohort").asText()).isEqualTo("Sommer 2016");
    }

    @Test
    void aRebuildOfThePlacementTablesCountsBothRevisionsAndMatchesTheLiveOnes() throws Exception {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertTables(placements()));
        String admin = gateway.adminToken();

        assertThat(gateway.post("/api/admin/projections/study-placements/rebuild", admin, "{}").status())
                .isEqualTo(202);
        JsonNode caughtUp = await().atMost(Duration.ofSeconds(60)).until(
                () -> gateway.get("/api/admin/projections/study-placements/rebuild", admin).json(),
                progress -> progress.path("state").asText().equals("CAUGHT_UP") && progress.has("diff")
                            && !progress.path("diff").isNull());
        assertThat(caughtUp.path("diff").path("compared").asLong()).isPositive();
        assertThat(caughtUp.path("diff").path("differing").asLong()).isZero();
        RunningGateway.Response swapped = gateway.post("/api/admin/projections/study-placements/swap", admin, "{}");
        assertThat(swapped.status()).as(swapped.body()).isEqualTo(200);
        assertTables(placements());
    }

    @Test
    void theAuditTreeCoversTheBytesAsStoredAndStillVerifies() throws Exception {
        long events = gateway.storedEvents();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode tree = gateway.get("/api/audit/tree", auditor).json();
            return tree.path("treeSize").asLong() >= events && tree.path("trailingBy").asLong() == 0;
        });
        SignedTreeHead head = JSON.treeToValue(gateway.get("/api/audit/tree-head", auditor).json(),
                                               SignedTreeHead.class);

        RunningGateway.Response verified = gateway.post("/api/audit/verify", auditor, JSON.writeValueAsString(head));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().path("verified").asBoolean()).isTrue();

        long position = ofAggregate(gateway.get("/api/audit/events?limit=1000", auditor).json(), DORTMUND_2014).get(0)
                .path("position").asLong();
        JsonNode proof = gateway.get("/api/audit/proofs/inclusion?position=" + position + "&size=" + head.treeSize(),
                                     auditor).json();
        StoredPosition leaf = JSON.treeToValue(proof.path("leaf"), StoredPosition.class);
        assertThat(leaf.payloadRevision()).isEqualTo("1");
        assertThat(leaf.payload()).contains("\"cohort\":\"2014/15\"").doesNotContain("startYear");
        List<byte[]> path = new ArrayList<>();
        proof.path("auditPath").forEach(hash -> path.add(Base64.getDecoder().decode(hash.asText())));
        assertThat(MerkleTree.verifyInclusion(position, head.treeSize(), LeafEncoding.leafHash(leaf), path,
                                              Base64.getDecoder().decode(head.rootHash()))).isTrue();
    }

    private static void assertTables(JsonNode placements) {
        assertThat(placements.path("cohorts").toString()).isEqualTo("[\"2014/15\",\"2015/16\",\"Sommer 2016\"]");
        JsonNode dortmund = placements.path("cities").get(0);
        assertThat(dortmund.path("city").asText()).isEqualTo("Dortmund");
        assertThat(dortmund.path("byCohort").path("2014/15").asInt()).isEqualTo(28); // 22 + 6, the latest record
        assertThat(dortmund.path("byCohort").path("2015/16").asInt()).isEqualTo(12);
        assertThat(dortmund.path("stateFunded").asInt()).isEqualTo(31);
        assertThat(placements.path("pilotCities").path("Sommer 2016").asInt()).isEqualTo(2);
    }

    private static JsonNode placements() throws Exception {
        RunningGateway.Response answer = gateway.get("/api/funding/placements", coordinator);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    /**
     * The point-in-time state as the state endpoint answers it, in the gateway's JSON. Placements ids are made from a
     * city and a cohort ({@code Dortmund:2014/15}, {@code other cities:2014/15}) and are not ids a client can send
     * (letters, digits and {@code . _ : -}), so the endpoint refuses them as a malformed request; its service answers
     * for them all the same.
     */
    private static JsonNode state(String aggregateId, Instant recordedAt) throws Exception {
        RunningGateway.Response overHttp = gateway.get("/api/audit/aggregates/"
                                                       + URLEncoder.encode(aggregateId, StandardCharsets.UTF_8)
                                                       + "/state", auditor);
        assertThat(overHttp.status()).isEqualTo(400);
        assertThat(overHttp.header("Content-Type")).startsWith("application/problem+json");
        AggregateState state = gateway.bean(PointInTimeStates.class)
                                      .stateOf(aggregateId, new PointInTime(recordedAt, null));
        return JSON.readTree(gateway.bean(ObjectMapper.class).writeValueAsString(state));
    }

    private static List<JsonNode> ofAggregate(JsonNode history, String aggregateId) {
        List<JsonNode> events = new ArrayList<>();
        history.forEach(event -> {
            if (aggregateId.equals(event.path("aggregateId").asText())) {
                events.add(event);
            }
        });
        return events;
    }

    private static void record(String city, Cohort cohort, int stateFunded, int ownMeans) {
        Caller office = new Caller("coordination-office", "dez5", Role.COORDINATOR, "placements corrected", null,
                                   null);
        gateway.bean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(
                new RecordStudyPlacementsCommand(RecordStudyPlacementsCommand.idOf(city, cohort), city, true, cohort,
                                                 stateFunded, ownMeans, 0, cohort.startsOn()))
                .andMetaData(office.metaData()));
    }

    /**
     * The first event of a placements aggregate as revision 1 stored it, in 2017: these bytes, this type and revision
     * 1 go into the store through the storage engine as they are (the engine stores what a message serializes to).
     */
    private static DomainEventMessage<?> storedInRevisionOne(String id, String city, String cohortText, int stateFunded,
                                                             int ownMeans, int fundingUnknown, String effectiveOn) {
        String payload = ("{\"placementsId\":\"%s\",\"city\":\"%s\",\"pilotCity\":true,\"cohort\":\"%s\","
                          + "\"stateFunded\":%d,\"ownMeans\":%d,\"fundingUnknown\":%d,\"effectiveOn\":\"%s\"}")
                .formatted(id, city, cohortText, stateFunded, ownMeans, fundingUnknown, LocalDate.parse(effectiveOn));
        Caller office2017 = new Caller("coordination-office-2017", "dez5", Role.COORDINATOR, "2017 status report",
                                       null, null);
        return new GenericDomainEventMessage<>("CohortPlacements", id, 0, payload, office2017.metaData(),
                                               UUID.randomUUID().toString(), RECORDED_IN_2017) {
            @Override
            @SuppressWarnings("unchecked")
            public <S> SerializedObject<S> serializePayload(Serializer serializer, Class<S> expectedRepresentation) {
                return (SerializedObject<S>) new SimpleSerializedObject<>(
                        payload, String.class, StudyPlacementsRecordedEvent.class.getName(), "1");
            }
        };
    }
}

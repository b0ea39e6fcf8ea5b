package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.verbund.core.audit.AuditorTool;
import org.verbund.core.audit.LeafEncoding;
import org.verbund.core.audit.MerkleTree;
import org.verbund.core.audit.TreeHeadKey;
import org.verbund.core.audit.api.SignedTreeHead;
import org.verbund.core.audit.api.StoredPosition;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The verifiable history over HTTP on the demo load: a signed head and proofs that verify, history changed by
 * writing to the embedded store directly (a byte, a deletion, a reordering, an insertion) found at its first
 * position by the verify endpoint and by the offline tool on an export, a change undone verifying again, an erasure
 * that keeps the history verifying, the auditor mode noticing a rewritten tree, and the offline tool on the stopped
 * gateway's store.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTreeIT {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @TempDir
    static Path dataDir;
    @TempDir
    static Path work;
    private static RunningGateway gateway;
    private static String auditor;
    private static MongoCollection<Document> commits;
    private static Path keyFile;

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(dataDir, "", "--verbund.demo=true", "--verbund.audit.append-interval=50ms");
        auditor = gateway.tokenFor("rpa", "AUDITOR");
        commits = gateway.bean(MongoDatabase.class).getCollection("event_commits");
        keyFile = work.resolve("tree-head.pub");
        Files.writeString(keyFile, gateway.get("/api/audit/tree-head/key", auditor).json().path("publicKey").asText());
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode tree = gateway.get("/api/audit/tree", auditor).json();
            return tree.path("treeSize").asLong() > 200 && tree.path("trailingBy").asLong() == 0;
        });
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    @Order(1)
    void theSignedHeadAndItsProofsVerify() throws Exception {
        SignedTreeHead head = head();
        assertThat(TreeHeadKey.verify(head, TreeHeadKey.publicKey(Files.readString(keyFile)))).isTrue();
        byte[] root = Base64.getDecoder().decode(head.rootHash());
        for (long position = 0; position < head.treeSize(); position += 17) {
            JsonNode proof = gateway.get("/api/audit/proofs/inclusion?position=" + position + "&size="
                                         + head.treeSize(), auditor).json();
            StoredPosition leaf = JSON.treeToValue(proof.path("leaf"), StoredPosition.class);
            assertThat(MerkleTree.verifyInclusion(position, head.treeSize(), LeafEncoding.leafHash(leaf),
                                                  hashes(proof.path("auditPath")), root)).isTrue();
        }
        JsonNode consistency = gateway.get("/api/audit/proofs/consistency?from=100&to=" + head.treeSize(), auditor)
                                      .json();
        assertThat(MerkleTree.verifyConsistency(100, head.treeSize(),
                                                Base64.getDecoder().decode(consistency.path("fromRoot").asText()),
                                                root, hashes(consistency.path("path")))).isTrue();
        assertThat(verify(head).path("verified").asBoolean()).isTrue();

        assertThat(gateway.get("/api/audit/proofs/inclusion?position=0&size=" + (head.treeSize() + 10_000), auditor)
                          .json().path("code").asText()).isEqualTo("audit.beyond-tree");
        assertThat(gateway.get("/api/audit/proofs/inclusion?position=5&size=5", auditor).status()).isEqualTo(400);
        assertThat(gateway.get("/api/audit/tree-head", gateway.tokenFor("caritasverband", "PARTNER")).status())
                .isEqualTo(403);
    }

    @Test
    @Order(2)
    void everyTamperingIsFoundAtItsPositionByTheEndpointAndTheOfflineTool() throws Exception {
        SignedTreeHead head = head();
        Path headFile = work.resolve("head.json");
        Files.writeString(headFile, JSON.writeValueAsString(head));
        Document at40 = singleEventCommitFrom(40);
        Document at41 = singleEventCommitFrom(at40.get("end", Number.class).longValue() + 1);
        long position = at40.get("end", Number.class).longValue();
        String payload = at40.getList("events", Document.class).get(0).getString("p");

        tampered(head, headFile, position, StoredPosition.EVENT,
                 () -> set(at40, "events.0.p", payload.substring(0, 10) + "X" + payload.substring(11)),
                 () -> set(at40, "events.0.p", payload));
        tampered(head, headFile, position, StoredPosition.MISSING,
                 () -> commits.deleteOne(Filters.eq("_id", at40.get("_id"))), () -> commits.insertOne(at40));
        tampered(head, headFile, position, null, () -> {
            set(at40, "events", at41.get("events"));
            set(at41, "events", at40.get("events"));
        }, () -> {
            set(at40, "events", at40.get("events"));
            set(at41, "events", at41.get("events"));
        });
        List<Document> doubled = new ArrayList<>(at40.getList("events", Document.class));
        doubled.add(doubled.get(0));
        tampered(head, headFile, position, StoredPosition.MALFORMED, () -> set(at40, "events", doubled),
                 () -> set(at40, "events", at40.get("events")));
    }

    @Test
    @Order(3)
    void erasingAPersonKeepsTheHistoryVerifying() throws Exception {
        assertThat(gateway.post("/api/people/example-contact-rueckkehr/erase", gateway.adminToken(),
                                "{\"reason\": \"Löschersuchen nach Art. 17 DSGVO\"}").status()).isEqualTo(204);
        long before = head().treeSize();
        await().atMost(Duration.ofSeconds(10)).until(() -> head().treeSize() > before);
        assertThat(verify(head()).path("verified").asBoolean()).isTrue();
    }

    @Test
    @Order(4)
    void theAuditorModeChecksEachNewHeadAgainstTheLastAndNoticesARewrittenTree() throws Exception {
        Path state = work.resolve("auditor-head.json");
        String[] watch = {"watch", "--gateway=" + gateway.baseUrl(), "--token=" + auditor, "--key=" + keyFile,
                          "--state=" + state, "--spot-checks=30"};
        assertThat(tool(watch)).startsWith("0");
        long seen = JSON.readValue(Files.readString(state), SignedTreeHead.class).treeSize();
        gateway.registered("audit-watch-org");
        await().atMost(Duration.ofSeconds(10)).until(() -> head().treeSize() > seen);
        assertThat(tool(watch)).startsWith("0").contains("consistent: " + seen);

        MongoCollection<Document> nodes = gateway.bean(MongoDatabase.class).getCollection("audit_tree_nodes");
        // the tree's first half rewritten, as by someone who changed an event there and hashed the path up anew
        String firstHalf = (63 - Long.numberOfLeadingZeros(seen)) + ":0";
        Document node = nodes.find(Filters.eq("_id", firstHalf)).first();
        nodes.updateOne(Filters.eq("_id", firstHalf), Updates.set("h", new org.bson.types.Binary(new byte[32])));
        try {
            assertThat(tool(watch)).startsWith("1").contains("not consistent");
        } finally {
            nodes.replaceOne(Filters.eq("_id", firstHalf), node);
        }
    }

    @Test
    @Order(5)
    void theOfflineToolVerifiesTheStoppedGatewaysStore() throws Exception {
        Path headFile = work.resolve("final-head.json");
        Files.writeString(headFile, JSON.writeValueAsString(head()));
        gateway.close();
        gateway = null;
        String output = tool("verify", "--head=" + headFile, "--key=" + keyFile,
                             "--verbund.store.data-dir=" + dataDir);
        assertThat(output).startsWith("0").contains("VERIFIED");
    }

    private static void tampered(SignedTreeHead head, Path headFile, long position, String kind, Runnable change,
                                 Runnable undo) throws Exception {
        change.run();
        try {
            JsonNode report = verify(head);
            assertThat(report.path("verified").asBoolean()).isFalse();
            assertThat(report.path("firstMismatch").asLong()).isEqualTo(position);
            if (kind != null) {
                assertThat(report.path("mismatchKind").asText()).isEqualTo(kind);
            }
            assertThat(tool("verify", "--head=" + headFile, "--key=" + keyFile, "--export=" + export(head)))
                    .startsWith("1").contains("\"firstMismatch\" : " + position);
        } finally {
            undo.run();
        }
        assertThat(verify(head).path("verified").asBoolean()).isTrue();
        assertThat(tool("verify", "--head=" + headFile, "--key=" + keyFile, "--export=" + export(head)))
                .startsWith("0");
    }

    private static Path export(SignedTreeHead head) throws Exception {
        Path file = work.resolve("stored.ndjson");
        Files.writeString(file, gateway.send("GET", "/api/audit/stored-events?to=" + head.treeSize(), auditor, null,
                                             java.util.Map.of("Accept", "application/x-ndjson")).body());
        return file;
    }

    /** The tool's exit code, a blank, and what it printed. */
    private static String tool(String... arguments) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = AuditorTool.run(new PrintStream(printed, true, StandardCharsets.UTF_8), arguments);
        return exit + " " + printed.toString(StandardCharsets.UTF_8);
    }

    private static SignedTreeHead head() throws Exception {
        return JSON.treeToValue(gateway.get("/api/audit/tree-head", auditor).json(), SignedTreeHead.class);
    }

    private static JsonNode verify(SignedTreeHead head) throws Exception {
        RunningGateway.Response response = gateway.post("/api/audit/verify", auditor, JSON.writeValueAsString(head));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    /** The first commit of one event at or after {@code position}, so that swapping two keeps each well formed. */
    private static Document singleEventCommitFrom(long position) {
        for (long end = position; ; end++) {
            Document commit = commits.find(Filters.eq("end", end)).first();
            if (commit != null && commit.get("first", Number.class).longValue() == end) {
                return commit;
            }
        }
    }

    private static void set(Document commit, String field, Object value) {
        commits.updateOne(Filters.eq("_id", commit.get("_id")), Updates.set(field, value));
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(hash -> hashes.add(Base64.getDecoder().decode(hash.asText())));
        return hashes;
    }
}

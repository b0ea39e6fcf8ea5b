package org.verbund.core.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verbund.core.audit.AuditTree;
import org.verbund.core.audit.HistoryVerifier;
import org.verbund.core.audit.MerkleTree;
import org.verbund.core.audit.TreeHeadKey;
import org.verbund.core.audit.api.ConsistencyProof;
import org.verbund.core.audit.api.InclusionProof;
import org.verbund.core.audit.api.SignedTreeHead;
import org.verbund.core.audit.api.StoredPosition;
import org.verbund.core.audit.api.VerificationReport;

import java.time.Clock;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.core.eventstore.EmbeddedStoreFixture.booked;
import static org.verbund.core.eventstore.EmbeddedStoreFixture.newLedgerId;
import static org.verbund.core.eventstore.EmbeddedStoreFixture.notice;

/**
 * The audit tree on the real storage engine and the embedded store: it takes in settled positions only and in
 * order, its heads and proofs verify, and history changed by writing to MongoDB directly (a byte of an event, an
 * event deleted, two reordered, one inserted) is found at its first position; a change undone verifies again.
 */
class AuditTreeTest {

    @RegisterExtension
    static final EmbeddedStoreFixture store = new EmbeddedStoreFixture();

    private final TreeHeadKey key = TreeHeadKey.generated();
    private MongoDatabase database;
    private MongoCommitEventStorageEngine engine;
    private AuditTree tree;
    private MongoCollection<Document> commits;

    @BeforeEach
    void newStore() {
        database = store.newDatabase();
        engine = store.engineBuilder(database).build();
        tree = new AuditTree(database, key, Clock.systemUTC());
        commits = database.getCollection(MongoCommitEventStorageEngine.COMMITS_COLLECTION);
    }

    @Test
    void headsAndProofsOfTheStoredHistoryVerify() {
        String ledger = newLedgerId();
        for (int i = 0; i < 12; i++) {
            engine.appendEvents(booked(ledger, 2L * i, 100 + i), booked(ledger, 2L * i + 1, 7));
            engine.appendEvents(notice("notice " + i));
        }
        assertThat(tree.appendSettled()).isEqualTo(36);
        SignedTreeHead head = tree.head();
        assertThat(head.treeSize()).isEqualTo(36);
        assertThat(TreeHeadKey.verify(head, key.publicKey())).isTrue();
        assertThat(verify(head).verified()).isTrue();

        for (long position = 0; position < 36; position += 5) {
            InclusionProof proof = tree.inclusion(position, 36);
            assertThat(proof.leaf().kind()).isEqualTo(StoredPosition.EVENT);
            byte[] leaf = org.verbund.core.audit.LeafEncoding.leafHash(proof.leaf());
            assertThat(MerkleTree.verifyInclusion(position, 36, leaf, decode(proof.auditPath()),
                                                  Base64.getDecoder().decode(head.rootHash()))).isTrue();
        }
        engine.appendEvents(notice("later"));
        tree.appendSettled();
        SignedTreeHead later = tree.head();
        ConsistencyProof consistency = tree.consistency(head.treeSize(), later.treeSize());
        assertThat(consistency.fromRoot()).isEqualTo(head.rootHash());
        assertThat(MerkleTree.verifyConsistency(36, 37, Base64.getDecoder().decode(head.rootHash()),
                                                Base64.getDecoder().decode(later.rootHash()),
                                                decode(consistency.path()))).isTrue();
    }

    @Test
    void theTreeStopsBeforeACommitInFlightAndTakesItInOnceStored() throws Exception {
        StallAfterReservation stall = new StallAfterReservation();
        MongoCommitEventStorageEngine slow = store.engineBuilder(database).reservationObserver(stall).build();
        engine.appendEvents(notice("first"));
        Thread slowWriter = new Thread(() -> slow.appendEvents(notice("slow")));
        slowWriter.start();
        stall.reserved.await();
        engine.appendEvents(notice("third"));

        assertThat(tree.appendSettled()).isOne();
        assertThat(tree.size()).isOne();

        stall.release.countDown();
        slowWriter.join();
        assertThat(tree.appendSettled()).isEqualTo(2);
        assertThat(verify(tree.head()).verified()).isTrue();
    }

    @Test
    void aByteChangedIsFoundAtItsPositionAndChangedBackVerifiesAgain() {
        SignedTreeHead head = historyOf(10);
        Document commit = commitAt(6);
        String payload = commit.getList("events", Document.class).get(0).getString("p");
        String changed = payload.replace("\"cents\":106", "\"cents\":107");
        assertThat(changed).isNotEqualTo(payload);

        commits.updateOne(Filters.eq("_id", commit.get("_id")), Updates.set("events.0.p", changed));
        VerificationReport report = verify(head);
        assertThat(report.verified()).isFalse();
        assertThat(report.firstMismatch()).isEqualTo(6);
        assertThat(report.mismatchKind()).isEqualTo(StoredPosition.EVENT);

        commits.updateOne(Filters.eq("_id", commit.get("_id")), Updates.set("events.0.p", payload));
        assertThat(verify(head).verified()).isTrue();
    }

    @Test
    void aDeletedEventIsFound() {
        SignedTreeHead head = historyOf(10);
        commits.deleteOne(Filters.eq("_id", commitAt(3).get("_id")));

        VerificationReport report = verify(head);
        assertThat(report.firstMismatch()).isEqualTo(3);
        assertThat(report.mismatchKind()).isEqualTo(StoredPosition.MISSING);
    }

    @Test
    void twoEventsReorderedAreFoundAtTheFirst() {
        SignedTreeHead head = historyOf(10);
        Document fourth = commitAt(4);
        Document seventh = commitAt(7);
        commits.updateOne(Filters.eq("_id", fourth.get("_id")), Updates.set("events", seventh.get("events")));
        commits.updateOne(Filters.eq("_id", seventh.get("_id")), Updates.set("events", fourth.get("events")));

        VerificationReport report = verify(head);
        assertThat(report.verified()).isFalse();
        assertThat(report.firstMismatch()).isEqualTo(4);
    }

    @Test
    void anEventInsertedIntoACommitIsFound() {
        SignedTreeHead head = historyOf(10);
        Document fifth = commitAt(5);
        List<Document> events = new java.util.ArrayList<>(fifth.getList("events", Document.class));
        events.add(0, events.get(0));
        commits.updateOne(Filters.eq("_id", fifth.get("_id")), Updates.set("events", events));

        VerificationReport report = verify(head);
        assertThat(report.firstMismatch()).isEqualTo(5);
        assertThat(report.mismatchKind()).isEqualTo(StoredPosition.MALFORMED);
    }

    @Test
    void aCommitInsertedOverOthersIsFound() {
        SignedTreeHead head = historyOf(10);
        Document inserted = new Document(commitAt(5)).append("_id", "e:inserted");
        inserted.put("first", 5L); // positions are unique by their end: it claims 5 to 10 with the next free end
        inserted.put("end", 10L);
        inserted.remove("eventIds"); // a plain copy is refused by the unique event-id index; a tamperer drops it
        commits.insertOne(inserted);

        VerificationReport report = verify(head);
        assertThat(report.firstMismatch()).isEqualTo(5);
        assertThat(report.mismatchKind()).isEqualTo(StoredPosition.MALFORMED);
    }

    @Test
    void aRewrittenTreeIsNoticedThoughNoPositionCanBeNamed() {
        SignedTreeHead head = historyOf(4);
        database.getCollection("audit_tree_nodes").updateOne(Filters.eq("_id", "0:2"),
                Updates.set("h", new org.bson.types.Binary(new byte[32])));
        commits.updateOne(Filters.eq("_id", commitAt(2).get("_id")), Updates.set("events.0.m", "{}"));

        VerificationReport report = verify(head);
        assertThat(report.verified()).isFalse();
        assertThat(report.problem()).contains("rewritten");
    }

    @Test
    void aHeadSignedWithAnotherKeyIsRefused() {
        SignedTreeHead head = historyOf(3);
        VerificationReport report = HistoryVerifier.verify(head, TreeHeadKey.generated().publicKey(),
                                                           tree.storedWithLeafHashes(0, head.treeSize()));
        assertThat(report.verified()).isFalse();
        assertThat(report.problem()).contains("signature");
    }

    /** Bookings at positions 0 to count - 1, the one at position i of i + 100 cents, all in the tree. */
    private SignedTreeHead historyOf(int count) {
        String ledger = newLedgerId();
        for (int i = 0; i < count; i++) {
            engine.appendEvents(booked(ledger, i, 100 + i));
        }
        assertThat(tree.appendSettled()).isEqualTo(count);
        return tree.head();
    }

    private Document commitAt(long position) {
        return commits.find(Filters.eq("end", position)).first();
    }

    private VerificationReport verify(SignedTreeHead head) {
        return HistoryVerifier.verify(head, key.publicKey(), tree.storedWithLeafHashes(0, head.treeSize()));
    }

    private static List<byte[]> decode(List<String> hashes) {
        return hashes.stream().map(Base64.getDecoder()::decode).toList();
    }
}

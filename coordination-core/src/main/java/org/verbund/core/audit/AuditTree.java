package org.verbund.core.audit;

import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbund.core.audit.api.ConsistencyProof;
import org.verbund.core.audit.api.InclusionProof;
import org.verbund.core.audit.api.SignedTreeHead;
import org.verbund.core.audit.api.StoredPosition;
import org.verbund.core.eventstore.StoredHistory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;

/**
 * The network's verifiable history: every global position a leaf of an RFC 9162 Merkle tree, in position order.
 * <p>
 * The tree only grows at its end, although positions become visible out of order: {@link #appendSettled()} takes
 * in the positions after the tree's end up to the first one that is not settled (a commit in flight, or a gap a
 * tombstone has not closed yet), so a leaf is never inserted before another. The tree's size therefore trails the
 * store's head by at most the gap timeout; a tree head says how far it has come, and a reader compares it with the
 * history's last position.
 * <p>
 * Proofs and roots are key lookups of stored perfect subtrees ({@link AuditTreeNodes}); appending writes about two
 * small documents per event, off the write path (commands never wait for the tree).
 */
public class AuditTree {

    private static final Logger log = LoggerFactory.getLogger(AuditTree.class);
    private static final int BATCH = 1_000;

    private final AuditTreeNodes nodes;
    private final StoredHistory stored;
    private final TreeHeadKey key;
    private final Clock clock;
    private TreeFrontier frontier; // the appender's, guarded by this

    public AuditTree(MongoDatabase database, TreeHeadKey key, Clock clock) {
        this.nodes = new AuditTreeNodes(database);
        this.stored = new StoredHistory(database);
        this.key = key;
        this.clock = clock;
    }

    /** Appends every settled position after the tree's end, up to the first unsettled one; how many it appended. */
    public synchronized long appendSettled() {
        long appended = 0;
        while (true) {
            long from = nodes.size();
            if (frontier == null || frontier.size() != from) {
                frontier = nodes.withSubtrees(subtrees -> TreeFrontier.of(from, subtrees));
            }
            List<TreeFrontier.Node> completed = new ArrayList<>();
            Iterator<StoredPosition> positions = stored.read(from, from + BATCH);
            boolean reachedUnsettled = false;
            while (positions.hasNext() && !reachedUnsettled) {
                StoredPosition position = positions.next();
                reachedUnsettled = !position.settled();
                if (!reachedUnsettled) {
                    completed.addAll(frontier.append(LeafEncoding.leafHash(position)));
                } else if (StoredPosition.MALFORMED.equals(position.kind())) {
                    log.error("Position {} is held by a document the store never writes ({}): the audit tree stops "
                              + "before it until it is repaired; verify the history", position.position(),
                              position.commitId());
                }
            }
            long to = frontier.size();
            if (to == from) {
                return appended;
            }
            if (!nodes.append(from, to, completed)) {
                frontier = null; // another gateway appended first: start again from the size it left
                continue;
            }
            appended += to - from;
            if (reachedUnsettled) {
                return appended;
            }
        }
    }

    /** How many positions the tree covers. */
    public long size() {
        return nodes.size();
    }

    /** A signed head of the tree as it is now. */
    public SignedTreeHead head() {
        long size = nodes.size();
        return key.sign(size, root(size), clock.instant());
    }

    public byte[] root(long size) {
        return nodes.withSubtrees(subtrees -> MerkleTree.root(size, subtrees));
    }

    /** The inclusion proof of {@code position} in the tree of {@code size} ({@code position < size <= size()}). */
    public InclusionProof inclusion(long position, long size) {
        requireCovered(size);
        if (position < 0 || position >= size) {
            throw new IllegalArgumentException("Position " + position + " is not in the tree of size " + size);
        }
        record Proof(byte[] leaf, List<byte[]> path, byte[] root) {
        }
        Proof proof = nodes.withSubtrees(subtrees -> new Proof(subtrees.hash(0, position),
                                                               MerkleTree.inclusionPath(position, size, subtrees),
                                                               MerkleTree.root(size, subtrees)));
        return new InclusionProof(position, size, base64(proof.leaf()), base64(proof.path()), base64(proof.root()),
                                  stored.read(position, position + 1).next());
    }

    /** The consistency proof between the trees of {@code from} and {@code to} positions. */
    public ConsistencyProof consistency(long from, long to) {
        requireCovered(to);
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("The tree of size " + from + " is not part of the tree of size " + to);
        }
        record Proof(byte[] fromRoot, byte[] toRoot, List<byte[]> path) {
        }
        Proof proof = nodes.withSubtrees(subtrees -> new Proof(MerkleTree.root(from, subtrees),
                                                               MerkleTree.root(to, subtrees),
                                                               MerkleTree.consistencyPath(from, to, subtrees)));
        return new ConsistencyProof(from, to, base64(proof.fromRoot()), base64(proof.toRoot()),
                                    base64(proof.path()));
    }

    /** The positions as stored from {@code from} to {@code to}, each with the tree's stored hash of its leaf. */
    public Iterator<StoredPosition> storedWithLeafHashes(long from, long to) {
        return new StoredLeaves(nodes, stored).read(from, to);
    }

    private void requireCovered(long size) {
        long covered = nodes.size();
        if (size > covered) {
            throw new IllegalArgumentException("The tree covers " + covered + " positions so far, not " + size);
        }
    }

    static String base64(byte[] hash) {
        return Base64.getEncoder().encodeToString(hash);
    }

    private static List<String> base64(List<byte[]> hashes) {
        return hashes.stream().map(AuditTree::base64).toList();
    }
}

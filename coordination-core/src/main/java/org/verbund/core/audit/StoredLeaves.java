package org.verbund.core.audit;

import com.mongodb.client.MongoDatabase;
import org.verbund.core.audit.api.StoredPosition;
import org.verbund.core.eventstore.StoredHistory;

import java.util.Iterator;
import java.util.Map;

/**
 * The positions as stored, each with the leaf hash the audit tree recorded for it when it settled: what a verifier
 * reads ({@link HistoryVerifier}), from a store here or from an export of these same lines. Read in windows of key
 * lookups, in constant memory.
 */
public final class StoredLeaves {

    private static final int WINDOW = 1_000;

    private final AuditTreeNodes nodes;
    private final StoredHistory stored;

    StoredLeaves(AuditTreeNodes nodes, StoredHistory stored) {
        this.nodes = nodes;
        this.stored = stored;
    }

    /** A reader of a store's leaves, needing nothing but the database (the offline auditor's). */
    public static StoredLeaves of(MongoDatabase database) {
        return new StoredLeaves(new AuditTreeNodes(database), new StoredHistory(database));
    }

    /** How many positions the store's tree covers. */
    public long treeSize() {
        return nodes.size();
    }

    /** Positions {@code from} to {@code to} (exclusive). */
    public Iterator<StoredPosition> read(long from, long to) {
        Iterator<StoredPosition> positions = stored.read(from, to);
        return new Iterator<>() {
            private Map<Long, byte[]> leaves = Map.of();
            private long fetchedTo = from;

            @Override
            public boolean hasNext() {
                return positions.hasNext();
            }

            @Override
            public StoredPosition next() {
                StoredPosition position = positions.next();
                if (position.position() >= fetchedTo) {
                    fetchedTo = Math.min(to, position.position() + WINDOW);
                    leaves = nodes.leaves(position.position(), fetchedTo);
                }
                byte[] leaf = leaves.get(position.position());
                return leaf == null ? position : position.withLeafHash(AuditTree.base64(leaf));
            }
        };
    }
}

package org.verbund.core.audit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The stored audit tree: every perfect subtree's hash, keyed {@code <level>:<index>} in {@code audit_tree_nodes}
 * (about two documents per leaf, each written once and never changed), and the tree's size in
 * {@code audit_tree_state}. A proof or a root needs O(log n) of them, fetched in one {@code $in}; nothing is ever
 * recomputed from the leaves except by a verifier.
 * <p>
 * Several appenders (one per gateway on a store) may race: nodes are inserted before the size moves, the same node
 * always has the same hash (it is computed from the same stored events), duplicates are ignored, and the size only
 * moves by compare-and-set from the size an appender started from.
 */
final class AuditTreeNodes {

    static final String NODES = "audit_tree_nodes";
    static final String STATE = "audit_tree_state";
    private static final String TREE = "tree";

    private final MongoCollection<Document> nodes;
    private final MongoCollection<Document> state;

    AuditTreeNodes(MongoDatabase database) {
        this.nodes = database.getCollection(NODES);
        this.state = database.getCollection(STATE);
    }

    long size() {
        Document tree = state.find(Filters.eq("_id", TREE)).first();
        return tree == null ? 0 : tree.get("size", Number.class).longValue();
    }

    /** Stores the nodes and moves the size from {@code from} to {@code to}; false when another appender moved it. */
    boolean append(long from, long to, List<TreeFrontier.Node> completed) {
        List<Document> documents = new ArrayList<>(completed.size());
        for (TreeFrontier.Node node : completed) {
            documents.add(new Document("_id", key(node.level(), node.index())).append("h", new Binary(node.hash())));
        }
        try {
            nodes.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        if (from == 0) {
            state.updateOne(Filters.eq("_id", TREE), Updates.setOnInsert("size", 0L), new UpdateOptions().upsert(true));
        }
        return state.updateOne(Filters.and(Filters.eq("_id", TREE), Filters.eq("size", from)),
                               Updates.set("size", to)).getModifiedCount() == 1;
    }

    /**
     * Runs {@code computation} over the stored subtrees with one query: a first run records which subtrees it asks
     * for (answering zeros), then they are fetched by {@code $in} and it runs again on them.
     */
    <T> T withSubtrees(Function<MerkleTree.PerfectSubtrees, T> computation) {
        Set<String> wanted = new LinkedHashSet<>();
        computation.apply((level, index) -> {
            wanted.add(key(level, index));
            return new byte[MerkleTree.HASH_BYTES];
        });
        Map<String, byte[]> found = fetch(wanted);
        return computation.apply((level, index) -> {
            byte[] hash = found.get(key(level, index));
            if (hash == null) {
                throw new IllegalStateException("The audit tree has no node " + key(level, index));
            }
            return hash;
        });
    }

    /** The stored hashes of the leaves from {@code from} to {@code to} (exclusive); absent ones are left out. */
    Map<Long, byte[]> leaves(long from, long to) {
        List<String> keys = new ArrayList<>();
        for (long index = from; index < to; index++) {
            keys.add(key(0, index));
        }
        Map<Long, byte[]> leaves = new HashMap<>();
        fetch(keys).forEach((key, hash) -> leaves.put(Long.parseLong(key.substring(2)), hash));
        return leaves;
    }

    private Map<String, byte[]> fetch(java.util.Collection<String> keys) {
        Map<String, byte[]> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        for (Document node : nodes.find(Filters.in("_id", keys)).batchSize(keys.size())) {
            found.put(node.getString("_id"), node.get("h", Binary.class).getData());
        }
        return found;
    }

    static String key(int level, long index) {
        return level + ":" + index;
    }
}

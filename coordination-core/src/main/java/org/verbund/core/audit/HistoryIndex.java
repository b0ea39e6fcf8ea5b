package org.verbund.core.audit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keyed audit documents: for every indexed value (an organisation, a type, a context, an aggregate; see
 * {@link IndexedDimension}) a posting list of the global positions of its events, ascending, in chunks of at most
 * {@code chunkSize} positions, and how far the whole history has been indexed. All in {@code audit_index}:
 * <ul>
 *     <li>{@code <key>:<n>}, the n-th chunk of a key's list: {@code positions}, their {@code size} and the
 *     {@code last} one;</li>
 *     <li>{@code <key>}, its head: how many chunks there are ({@code chunks}) and the first position of each
 *     ({@code starts}), so that the chunks that can hold positions after X are found without reading the others;</li>
 *     <li>{@code ~indexed}, the watermark: {@code upTo}, the position up to which every settled event is in every list
 *     it belongs to.</li>
 * </ul>
 * Every read is a lookup by {@code _id} or {@code _id $in}. Every write is conditional, so that several indexers
 * (one per gateway) can append the same positions at once: positions are immutable and appended in global order, so
 * each list is always a prefix of the same sequence, its chunk boundaries fall at the same places for every writer,
 * and a writer that finds a chunk changed under it reads again and skips what is there. A chunk is written before
 * the head lists it, and the watermark moves (only forwards) after both; readers trust positions up to it only.
 */
public class HistoryIndex {

    static final String COLLECTION = "audit_index";
    static final String ID = "_id";
    static final String POSITIONS = "positions";
    static final String SIZE = "size";
    static final String LAST = "last";
    static final String CHUNKS = "chunks";
    static final String STARTS = "starts";
    private static final String WATERMARK = "~indexed";
    private static final String UP_TO = "upTo";
    private static final int IDS_PER_QUERY = 1_000;

    private final MongoCollection<Document> documents;
    private final int chunkSize;

    public HistoryIndex(MongoDatabase database, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("A chunk holds at least one position, not " + chunkSize);
        }
        this.documents = database.getCollection(COLLECTION);
        this.chunkSize = chunkSize;
    }

    /** The position up to which every settled event is indexed (-1: none yet). */
    public long indexedUpTo() {
        Document watermark = documents.find(Filters.eq(ID, WATERMARK)).first();
        return watermark == null ? -1 : watermark.get(UP_TO, Number.class).longValue();
    }

    /** Moves the watermark to {@code position}, unless another indexer has moved it further already. */
    void advanceTo(long position) {
        try {
            documents.insertOne(new Document(ID, WATERMARK).append(UP_TO, position));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            documents.updateOne(Filters.and(Filters.eq(ID, WATERMARK), Filters.lt(UP_TO, position)),
                                Updates.set(UP_TO, position));
        }
    }

    /**
     * Appends positions to the lists of their keys; each list's positions ascending. Positions a list holds already
     * are skipped, so appending a batch again (after a restart, or by a second indexer) changes nothing.
     */
    void append(Map<String, List<Long>> positionsByKey) {
        new PostingListAppends(this, documents, chunkSize).append(positionsByKey);
    }

    /** The heads of the given keys that have one: the chunks their lists hold. */
    Map<String, Head> heads(Collection<String> keys) {
        Map<String, Head> heads = new HashMap<>();
        byId(keys).forEach((key, head) -> heads.put(key, new Head(key, head.getList(STARTS, Number.class).stream()
                                                                               .map(Number::longValue).toList())));
        return heads;
    }

    /** The chunks with the given numbers of a key's list, by their ids, in one lookup. */
    List<List<Long>> chunks(String key, int fromChunk, int toChunk) {
        List<String> ids = new ArrayList<>();
        for (int chunk = fromChunk; chunk < toChunk; chunk++) {
            ids.add(chunkId(key, chunk));
        }
        Map<String, Document> found = byId(ids);
        List<List<Long>> lists = new ArrayList<>(ids.size());
        for (String id : ids) {
            Document chunk = found.get(id);
            lists.add(chunk == null ? List.of() : positionsOf(chunk));
        }
        return lists;
    }

    /**
     * A key's listed chunks, each by the first position it holds: chunk i holds the list's positions from
     * {@code starts[i]} up to before {@code starts[i+1]}.
     */
    record Head(String key, List<Long> starts) {

        /** The first chunk that can hold a position after {@code position}. */
        int firstChunkAfter(long position) {
            int found = Collections.binarySearch(starts, position);
            int atOrBelow = found >= 0 ? found : -found - 2;
            return Math.max(0, atOrBelow);
        }
    }

    Map<String, Document> byId(Collection<String> ids) {
        Map<String, Document> found = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            List<String> some = all.subList(from, Math.min(from + IDS_PER_QUERY, all.size()));
            documents.find(Filters.in(ID, some)).batchSize(some.size())
                     .forEach(document -> found.put(document.getString(ID), document));
        }
        return found;
    }

    static List<Long> positionsOf(Document chunk) {
        return chunk.getList(POSITIONS, Number.class).stream().map(Number::longValue).toList();
    }

    static String chunkId(String key, int chunk) {
        return key + ":" + chunk;
    }
}

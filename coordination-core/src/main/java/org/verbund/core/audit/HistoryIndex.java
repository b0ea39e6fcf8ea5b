package org.verbund.core.audit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private static final String ID = "_id";
    private static final String POSITIONS = "positions";
    private static final String SIZE = "size";
    private static final String LAST = "last";
    private static final String CHUNKS = "chunks";
    private static final String STARTS = "starts";
    private static final String WATERMARK = "~indexed";
    private static final String UP_TO = "upTo";
    private static final int IDS_PER_QUERY = 1_000;
    private static final int MAX_ROUNDS = 1_000;

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
     * <p>
     * It goes in rounds of one chunk write per list (fill its last chunk, or start the next one), each conditional
     * on the chunk being as it was read: were a later chunk written in the same round as the fill before it, another
     * writer's shorter fill could leave a hole between them. A round that meets another writer's change loses
     * nothing: the next one reads again and skips what is there.
     */
    void append(Map<String, List<Long>> positionsByKey) {
        Map<String, List<Long>> pending = new LinkedHashMap<>(positionsByKey);
        for (int round = 0; !pending.isEmpty(); round++) {
            if (round == MAX_ROUNDS) {
                throw new IllegalStateException("Could not append to the audit index in " + MAX_ROUNDS
                                                + " rounds; the indexer will retry the batch");
            }
            Map<String, Head> heads = heads(pending.keySet());
            Map<String, Document> chunks = byId(candidateChunks(pending, heads));
            List<Step> steps = new ArrayList<>();
            for (Iterator<Map.Entry<String, List<Long>>> lists = pending.entrySet().iterator(); lists.hasNext(); ) {
                Map.Entry<String, List<Long>> list = lists.next();
                Step step = plan(list.getKey(), heads.get(list.getKey()), chunks, list.getValue());
                if (step == null) {
                    lists.remove(); // every position is there, in a listed chunk
                } else {
                    steps.add(step);
                }
            }
            List<WriteModel<Document>> chunkWrites = new ArrayList<>();
            List<Step> writing = new ArrayList<>();
            for (Step step : steps) {
                if (step.chunkWrite() != null) {
                    chunkWrites.add(step.chunkWrite());
                    writing.add(step);
                }
            }
            Set<Integer> failed = write(chunkWrites);
            Set<Step> notStarted = new HashSet<>();
            failed.forEach(index -> notStarted.add(writing.get(index)));
            // a head lists a chunk only once it exists: those seen, and those this round started
            List<WriteModel<Document>> headWrites = new ArrayList<>();
            for (Step step : steps) {
                List<Long> starts = new ArrayList<>(step.unlistedStarts());
                if (step.startedChunkAt() != null && !notStarted.contains(step)) {
                    starts.add(step.startedChunkAt());
                }
                if (!starts.isEmpty()) {
                    headWrites.add(listing(step.key(), step.listed(), starts));
                }
            }
            write(headWrites);
        }
    }

    /** The next write for one list, or null if it holds every position in chunks its head lists. */
    private Step plan(String key, Head head, Map<String, Document> chunks, List<Long> positions) {
        int listed = head == null ? 0 : head.starts().size();
        // the last chunk there is: the last listed one, or one after it stored by a writer that did not list it yet
        int last = listed - 1;
        while (chunks.containsKey(chunkId(key, last + 1))) {
            last++;
        }
        List<Long> unlistedStarts = new ArrayList<>();
        for (int unlisted = listed; unlisted <= last; unlisted++) {
            unlistedStarts.add(positionsOf(chunks.get(chunkId(key, unlisted))).get(0));
        }
        Document lastChunk = last < 0 ? null : chunks.get(chunkId(key, last));
        long lastPosition = lastChunk == null ? -1 : lastChunk.get(LAST, Number.class).longValue();
        List<Long> missing = positions.stream().filter(position -> position > lastPosition).toList();
        WriteModel<Document> chunkWrite = null;
        Long startedChunkAt = null;
        if (!missing.isEmpty() && lastChunk != null && lastChunk.getInteger(SIZE) < chunkSize) {
            int size = lastChunk.getInteger(SIZE);
            List<Long> fill = missing.subList(0, Math.min(chunkSize - size, missing.size()));
            chunkWrite = new UpdateOneModel<>(
                    Filters.and(Filters.eq(ID, chunkId(key, last)), Filters.eq(SIZE, size)),
                    Updates.combine(Updates.pushEach(POSITIONS, fill), Updates.set(SIZE, size + fill.size()),
                                    Updates.set(LAST, fill.get(fill.size() - 1))));
        } else if (!missing.isEmpty()) {
            List<Long> content = new ArrayList<>(missing.subList(0, Math.min(chunkSize, missing.size())));
            chunkWrite = new InsertOneModel<>(new Document(ID, chunkId(key, last + 1)).append(POSITIONS, content)
                                                      .append(SIZE, content.size())
                                                      .append(LAST, content.get(content.size() - 1)));
            startedChunkAt = content.get(0);
        }
        if (chunkWrite == null && unlistedStarts.isEmpty()) {
            return null;
        }
        return new Step(key, head == null ? -1 : listed, unlistedStarts, chunkWrite, startedChunkAt);
    }

    /** One round's writes for one list; {@code listed} is -1 when it has no head yet. */
    private record Step(String key, int listed, List<Long> unlistedStarts, WriteModel<Document> chunkWrite,
                        Long startedChunkAt) {
    }

    /** Lists more chunks in a key's head, if the head still lists {@code listed} (or, at -1, does not exist). */
    private static WriteModel<Document> listing(String key, int listed, List<Long> starts) {
        if (listed < 0) {
            return new InsertOneModel<>(new Document(ID, key).append(CHUNKS, starts.size()).append(STARTS, starts));
        }
        return new UpdateOneModel<>(Filters.and(Filters.eq(ID, key), Filters.eq(CHUNKS, listed)),
                                    Updates.combine(Updates.pushEach(STARTS, starts),
                                                    Updates.set(CHUNKS, listed + starts.size())));
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

    /** The chunk ids that can be a list's last chunk now or after this append: its last listed one and beyond. */
    private List<String> candidateChunks(Map<String, List<Long>> pending, Map<String, Head> heads) {
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, List<Long>> list : pending.entrySet()) {
            Head head = heads.get(list.getKey());
            int lastListed = head == null ? -1 : head.starts().size() - 1;
            int beyond = list.getValue().size() / chunkSize + 2;
            for (int chunk = Math.max(0, lastListed); chunk <= lastListed + beyond; chunk++) {
                ids.add(chunkId(list.getKey(), chunk));
            }
        }
        return ids;
    }

    /**
     * Writes independent documents in one command. @return the indexes of the inserts that met an existing id (an
     * update that met a changed document does not apply either, silently; both are seen by the next round's reads)
     */
    private Set<Integer> write(List<WriteModel<Document>> models) {
        if (models.isEmpty()) {
            return Set.of();
        }
        try {
            documents.bulkWrite(models, new BulkWriteOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException e) {
            Set<Integer> failed = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                failed.add(error.getIndex());
            }
            return failed;
        }
    }

    private Map<String, Document> byId(Collection<String> ids) {
        Map<String, Document> found = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            List<String> some = all.subList(from, Math.min(from + IDS_PER_QUERY, all.size()));
            documents.find(Filters.in(ID, some)).batchSize(some.size())
                     .forEach(document -> found.put(document.getString(ID), document));
        }
        return found;
    }

    private static List<Long> positionsOf(Document chunk) {
        return chunk.getList(POSITIONS, Number.class).stream().map(Number::longValue).toList();
    }

    static String chunkId(String key, int chunk) {
        return key + ":" + chunk;
    }
}

package org.verbund.core.audit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.verbund.core.audit.HistoryIndex.Head;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.verbund.core.audit.HistoryIndex.CHUNKS;
import static org.verbund.core.audit.HistoryIndex.ID;
import static org.verbund.core.audit.HistoryIndex.LAST;
import static org.verbund.core.audit.HistoryIndex.POSITIONS;
import static org.verbund.core.audit.HistoryIndex.SIZE;
import static org.verbund.core.audit.HistoryIndex.STARTS;
import static org.verbund.core.audit.HistoryIndex.chunkId;

/**
 * Appends one batch of positions to the posting lists of {@link HistoryIndex}, safely beside other writers doing the
 * same (the layout and why it is safe are described there).
 */
final class PostingListAppends {

    private static final int MAX_ROUNDS = 1_000;

    private final HistoryIndex index;
    private final MongoCollection<Document> documents;
    private final int chunkSize;

    PostingListAppends(HistoryIndex index, MongoCollection<Document> documents, int chunkSize) {
        this.index = index;
        this.documents = documents;
        this.chunkSize = chunkSize;
    }

    /**
     * Appends positions to the lists of their keys, each list's ascending. It goes in rounds of one chunk write per list (fill its last chunk, or start the next one), each conditional
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
            Map<String, Head> heads = index.heads(pending.keySet());
            Map<String, Document> chunks = index.byId(candidateChunks(pending, heads));
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
            Outcome chunksWritten = write(chunkWrites);
            Set<Step> notApplied = new HashSet<>(chunksWritten.failed(writing));
            // a head lists a chunk only once it exists: those seen, and those this round started
            List<WriteModel<Document>> headWrites = new ArrayList<>();
            List<Step> listing = new ArrayList<>();
            for (Step step : steps) {
                List<Long> starts = new ArrayList<>(step.unlistedStarts());
                if (step.startedChunkAt() != null && !notApplied.contains(step)) {
                    starts.add(step.startedChunkAt());
                }
                if (!starts.isEmpty()) {
                    headWrites.add(listing(step.key(), step.listed(), starts));
                    listing.add(step);
                }
            }
            Outcome headsWritten = write(headWrites);
            notApplied.addAll(headsWritten.failed(listing));
            // a list whose last write applied needs no round to find that out (when an update did not apply, which
            // the answer does not tell apart, all lists are read again)
            if (chunksWritten.allApplied() && headsWritten.allApplied()) {
                steps.stream().filter(step -> step.completes() && !notApplied.contains(step))
                     .forEach(step -> pending.remove(step.key()));
            }
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
            unlistedStarts.add(HistoryIndex.positionsOf(chunks.get(chunkId(key, unlisted))).get(0));
        }
        Document lastChunk = last < 0 ? null : chunks.get(chunkId(key, last));
        long lastPosition = lastChunk == null ? -1 : lastChunk.get(LAST, Number.class).longValue();
        List<Long> missing = positions.stream().filter(position -> position > lastPosition).toList();
        WriteModel<Document> chunkWrite = null;
        Long startedChunkAt = null;
        boolean completes = true;
        if (!missing.isEmpty() && lastChunk != null && lastChunk.getInteger(SIZE) < chunkSize) {
            int size = lastChunk.getInteger(SIZE);
            List<Long> fill = missing.subList(0, Math.min(chunkSize - size, missing.size()));
            completes = fill.size() == missing.size();
            chunkWrite = new UpdateOneModel<>(
                    Filters.and(Filters.eq(ID, chunkId(key, last)), Filters.eq(SIZE, size)),
                    Updates.combine(Updates.pushEach(POSITIONS, fill), Updates.set(SIZE, size + fill.size()),
                                    Updates.set(LAST, fill.get(fill.size() - 1))));
        } else if (!missing.isEmpty()) {
            List<Long> content = new ArrayList<>(missing.subList(0, Math.min(chunkSize, missing.size())));
            completes = content.size() == missing.size();
            chunkWrite = new InsertOneModel<>(new Document(ID, chunkId(key, last + 1)).append(POSITIONS, content)
                                                      .append(SIZE, content.size())
                                                      .append(LAST, content.get(content.size() - 1)));
            startedChunkAt = content.get(0);
        }
        if (chunkWrite == null && unlistedStarts.isEmpty()) {
            return null;
        }
        return new Step(key, head == null ? -1 : listed, unlistedStarts, chunkWrite, startedChunkAt, completes);
    }

    /**
     * One round's writes for one list; {@code listed} is -1 when it has no head yet; {@code completes} when the list
     * holds every position once they apply.
     */
    private record Step(String key, int listed, List<Long> unlistedStarts, WriteModel<Document> chunkWrite,
                        Long startedChunkAt, boolean completes) {
    }

    /** What a bulk write did: which writes failed by their index, and whether every update met its document. */
    private record Outcome(Set<Integer> failed, boolean updatesMatched) {

        boolean allApplied() {
            return failed.isEmpty() && updatesMatched;
        }

        List<Step> failed(List<Step> steps) {
            return failed.stream().map(steps::get).toList();
        }
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

    /** Writes independent documents in one command; an insert that meets an existing id fails alone. */
    private Outcome write(List<WriteModel<Document>> models) {
        if (models.isEmpty()) {
            return new Outcome(Set.of(), true);
        }
        long updates = models.stream().filter(UpdateOneModel.class::isInstance).count();
        try {
            BulkWriteResult result = documents.bulkWrite(models, new BulkWriteOptions().ordered(false));
            return new Outcome(Set.of(), result.getMatchedCount() == updates);
        } catch (MongoBulkWriteException e) {
            Set<Integer> failed = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                failed.add(error.getIndex());
            }
            return new Outcome(failed, false);
        }
    }
}

package org.verbund.core.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.verbund.core.audit.api.StoredPosition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static org.verbund.core.eventstore.CommitDocuments.AGGREGATE_ID;
import static org.verbund.core.eventstore.CommitDocuments.AGGREGATE_TYPE;
import static org.verbund.core.eventstore.CommitDocuments.END;
import static org.verbund.core.eventstore.CommitDocuments.EVENTS;
import static org.verbund.core.eventstore.CommitDocuments.EVENT_ID;
import static org.verbund.core.eventstore.CommitDocuments.FIRST;
import static org.verbund.core.eventstore.CommitDocuments.FIRST_SEQ;
import static org.verbund.core.eventstore.CommitDocuments.ID;
import static org.verbund.core.eventstore.CommitDocuments.LAST_SEQ;
import static org.verbund.core.eventstore.CommitDocuments.META_DATA;
import static org.verbund.core.eventstore.CommitDocuments.PAYLOAD;
import static org.verbund.core.eventstore.CommitDocuments.PAYLOAD_REVISION;
import static org.verbund.core.eventstore.CommitDocuments.PAYLOAD_TYPE;
import static org.verbund.core.eventstore.CommitDocuments.SEQ;
import static org.verbund.core.eventstore.CommitDocuments.TIMESTAMP;
import static org.verbund.core.eventstore.MongoCommitEventStorageEngine.COMMITS_COLLECTION;
import static org.verbund.core.eventstore.MongoCommitEventStorageEngine.MAX_EVENTS_PER_COMMIT;

/**
 * The global positions exactly as stored, one {@link StoredPosition} each, in position order: what the audit tree
 * hashes. Read by {@code end $in [...]} windows, the key lookups of the global stream, but without its gap tracking
 * and without deserializing or upcasting anything.
 * <p>
 * A document the engine would never write is {@code malformed} at each position it claims: a commit whose id does
 * not follow from its aggregate and first sequence number, whose sequence numbers are not contiguous, whose count
 * of events differs from its positions, or which claims a position another document claims too. A position no
 * document claims is {@code missing}, which is known only once every commit that could cover it has been looked
 * for (a commit covers at most {@link MongoCommitEventStorageEngine#MAX_EVENTS_PER_COMMIT} positions).
 */
public final class StoredHistory {

    private static final int WINDOW = 500;

    private final MongoCollection<Document> commits;

    public StoredHistory(MongoDatabase database) {
        this.commits = database.getCollection(COMMITS_COLLECTION);
    }

    /** The positions from {@code from} (inclusive) to {@code to} (exclusive). */
    public Iterator<StoredPosition> read(long from, long to) {
        return new Iterator<>() {
            private final Map<Long, StoredPosition> found = new HashMap<>();
            private long next = from;
            private long queriedTo = from; // every commit ending below this has been looked for

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public StoredPosition next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                // every document that could claim this position must have been seen, to tell overlaps
                while (queriedTo < next + MAX_EVENTS_PER_COMMIT) {
                    query();
                }
                StoredPosition position = found.remove(next);
                next++;
                return position != null ? position : StoredPosition.missing(next - 1);
            }

            private void query() {
                List<Long> ends = new ArrayList<>(WINDOW);
                for (long end = queriedTo; end < queriedTo + WINDOW; end++) {
                    ends.add(end);
                }
                queriedTo += WINDOW;
                for (Document commit : commits.find(Filters.in(END, ends)).batchSize(WINDOW)) {
                    for (StoredPosition position : positionsOf(commit)) {
                        if (position.position() >= next) {
                            StoredPosition other = found.putIfAbsent(position.position(), position);
                            if (other != null) {
                                found.put(position.position(),
                                          StoredPosition.malformed(position.position(), other.commitId()));
                            }
                        }
                    }
                }
            }

        };
    }

    /** The positions a document claims, each an event, a tombstone or malformed. */
    static List<StoredPosition> positionsOf(Document commit) {
        String id = commit.get(ID) instanceof String string ? string : String.valueOf(commit.get(ID));
        Number firstField = commit.get(FIRST, Number.class);
        Number endField = commit.get(END, Number.class);
        long end = endField.longValue();
        long first = firstField == null ? end : firstField.longValue();
        List<StoredPosition> positions = new ArrayList<>();
        List<Document> events = commit.containsKey(EVENTS) ? commit.getList(EVENTS, Document.class) : null;
        if (events == null && id.equals("t:" + end) && first <= end) {
            for (long position = first; position <= end; position++) {
                positions.add(StoredPosition.tombstone(position, id));
            }
            return positions;
        }
        boolean wellFormed = events != null && first <= end && events.size() == end - first + 1
                             && idFollowsFromContent(id, commit, events);
        for (long position = first; position <= end && position - first < MAX_EVENTS_PER_COMMIT; position++) {
            positions.add(wellFormed ? event(position, id, commit, events.get((int) (position - first)))
                                     : StoredPosition.malformed(position, id));
        }
        return positions;
    }

    private static boolean idFollowsFromContent(String id, Document commit, List<Document> events) {
        String aggregateId = commit.getString(AGGREGATE_ID);
        if (aggregateId == null) {
            return events.stream().noneMatch(event -> event.containsKey(SEQ))
                   && id.equals("e:" + events.get(0).getString(EVENT_ID));
        }
        long firstSeq = commit.get(FIRST_SEQ, Number.class).longValue();
        for (int i = 0; i < events.size(); i++) {
            Number seq = events.get(i).get(SEQ, Number.class);
            if (seq == null || seq.longValue() != firstSeq + i) {
                return false;
            }
        }
        return id.equals(CommitDocuments.aggregateCommitId(aggregateId, firstSeq))
               && commit.get(LAST_SEQ, Number.class).longValue() == firstSeq + events.size() - 1;
    }

    private static StoredPosition event(long position, String commitId, Document commit, Document event) {
        Number seq = event.get(SEQ, Number.class);
        return new StoredPosition(position, StoredPosition.EVENT, commitId, event.getString(EVENT_ID),
                                  commit.getString(AGGREGATE_TYPE), commit.getString(AGGREGATE_ID),
                                  seq == null ? null : seq.longValue(), event.getString(PAYLOAD_TYPE),
                                  event.getString(PAYLOAD_REVISION), event.getString(TIMESTAMP),
                                  event.getString(PAYLOAD), event.getString(META_DATA), null);
    }
}

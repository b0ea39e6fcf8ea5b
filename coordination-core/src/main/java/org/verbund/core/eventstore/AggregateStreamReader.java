package org.verbund.core.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import static org.verbund.core.eventstore.CommitDocuments.FIRST_SEQ;
import static org.verbund.core.eventstore.CommitDocuments.ID;
import static org.verbund.core.eventstore.CommitDocuments.LAST_SEQ;
import static org.verbund.core.eventstore.CommitDocuments.aggregateCommitId;

/**
 * Reads one aggregate's commits by key: a commit's id is {@code a:<aggregateId>:<first sequence number>}, so the
 * commits from a sequence number on are found by {@code _id $in} over the candidate ids, in windows that grow while
 * the aggregate goes on. No range scan, no secondary index.
 */
final class AggregateStreamReader {

    private static final int FIRST_AGGREGATE_WINDOW = 128;
    private static final int MAX_AGGREGATE_WINDOW = 1024;

    private final MongoCollection<Document> commits;

    AggregateStreamReader(MongoCollection<Document> commits) {
        this.commits = commits;
    }

    /** The aggregate's commits from the one holding {@code fromSeq}, in order; {@code projection} may be null. */
    Iterator<Document> commitsFrom(String aggregateId, long fromSeq, Bson projection) {
        return new CommitIterator(aggregateId, fromSeq, projection);
    }

    /**
     * The commits of one aggregate from the one holding {@code fromSeq}, in order, fetched by {@code _id $in} windows
     * of candidate ids that grow while the aggregate goes on.
     */
    private final class CommitIterator extends BatchIterator<Document> {

        private final String aggregateId;
        private final long fromSeq;
        private final Bson projection;
        private long nextSeq;
        private int window = FIRST_AGGREGATE_WINDOW;

        CommitIterator(String aggregateId, long fromSeq, Bson projection) {
            this.aggregateId = aggregateId;
            this.fromSeq = fromSeq;
            this.projection = projection;
            this.nextSeq = fromSeq;
        }

        @Override
        void fetch() {
            List<Document> found = findAggregateCommits(aggregateId, nextSeq, window, projection);
            if (nextSeq == fromSeq && fromSeq > 0
                    && (found.isEmpty() || found.get(0).get(FIRST_SEQ, Number.class).longValue() != fromSeq)) {
                // fromSeq may lie inside a commit that started earlier
                Document straddling = findCommitContaining(aggregateId, fromSeq);
                if (straddling != null) {
                    accept(straddling);
                    return;
                }
            }
            long windowEnd = nextSeq + window - 1;
            for (Document commit : found) {
                long firstSeq = commit.get(FIRST_SEQ, Number.class).longValue();
                if (firstSeq != nextSeq) {
                    throw new EventStoreException("The event stream of aggregate " + aggregateId
                            + " has a hole: expected a commit at sequence " + nextSeq + ", found " + firstSeq);
                }
                accept(commit);
            }
            // a commit starting at nextSeq inside the window would have been found: the stream ends here
            exhausted = nextSeq <= windowEnd;
            window = Math.min(window * 2, MAX_AGGREGATE_WINDOW);
        }

        private void accept(Document commit) {
            buffer.add(commit);
            nextSeq = commit.get(LAST_SEQ, Number.class).longValue() + 1;
        }
    }

    private List<Document> findAggregateCommits(String aggregateId, long fromSeq, int count, Bson projection) {
        List<String> ids = new ArrayList<>(count);
        for (long seq = fromSeq; seq < fromSeq + count; seq++) {
            ids.add(aggregateCommitId(aggregateId, seq));
        }
        var query = commits.find(Filters.in(ID, ids)).batchSize(count);
        if (projection != null) {
            query = query.projection(projection);
        }
        List<Document> found = query.into(new ArrayList<>());
        found.sort(Comparator.comparingLong(commit -> commit.get(FIRST_SEQ, Number.class).longValue()));
        return found;
    }

    /** The commit of the aggregate that started before {@code seq} and holds it, or null if there is none. */
    private Document findCommitContaining(String aggregateId, long seq) {
        long windowEnd = seq - 1;
        while (windowEnd >= 0) {
            long windowStart = Math.max(0, windowEnd - FIRST_AGGREGATE_WINDOW + 1);
            List<Document> found = findAggregateCommits(aggregateId, windowStart,
                                                        (int) (windowEnd - windowStart + 1), null);
            if (!found.isEmpty()) {
                Document latest = found.get(found.size() - 1);
                return latest.get(LAST_SEQ, Number.class).longValue() >= seq ? latest : null;
            }
            windowEnd = windowStart - 1;
        }
        return null;
    }
}

package org.verbund.core.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

import static org.verbund.core.eventstore.CommitDocuments.END;
import static org.verbund.core.eventstore.CommitDocuments.EVENTS;
import static org.verbund.core.eventstore.CommitDocuments.FIRST;
import static org.verbund.core.eventstore.CommitDocuments.trackedEntry;

/**
 * Reads the global stream of {@link MongoCommitEventStorageEngine} after a token, batch by batch, tracking the
 * token's index and gaps as it goes, and closing gaps that were abandoned (see the engine's "Gaps").
 */
final class GlobalStreamReader extends BatchIterator<TrackedEventData<?>> {

    private static final Logger log = LoggerFactory.getLogger(GlobalStreamReader.class);

    /** Writes a tombstone over positions; false when a commit ending there exists. */
    @FunctionalInterface
    interface Tombstones {
        boolean insert(long first, long end);
    }

    private final MongoCollection<Document> commits;
    private final PositionAllocator positions;
    private final GapWatch gapWatch;
    private final int batchSize;
    private final int maxGapsPerQuery;
    private final Tombstones tombstones;
    private final NavigableSet<Long> gaps = new TreeSet<>();
    private long index;
    private long scanFrom;

    GlobalStreamReader(TrackingToken token, MongoCollection<Document> commits, PositionAllocator positions,
                       GapWatch gapWatch, int batchSize, int maxGapsPerQuery, Tombstones tombstones) {
        this.commits = commits;
        this.positions = positions;
        this.gapWatch = gapWatch;
        this.batchSize = batchSize;
        this.maxGapsPerQuery = maxGapsPerQuery;
        this.tombstones = tombstones;
        if (token == null) {
            index = -1;
        } else if (token instanceof GapAwareTrackingToken gapAware) {
            index = gapAware.getIndex();
            gaps.addAll(gapAware.getGaps());
        } else {
            throw new IllegalArgumentException("Unsupported token type " + token.getClass().getName()
                    + ": this event store tracks with GapAwareTrackingToken");
        }
        scanFrom = index + 1;
    }

    /**
     * A stream that ran dry looks again when asked again, so that one kept open sees events appended after it
     * reported none (Axon's {@code EmbeddedEventStore} keeps its consumers' streams open when event consumption is
     * not optimized); each such question costs one query.
     */
    @Override
    public boolean hasNext() {
        if (exhausted && buffer.isEmpty()) {
            exhausted = false;
        }
        return super.hasNext();
    }

    @Override
    void fetch() {
        List<Long> ends = new ArrayList<>(batchSize + Math.min(gaps.size(), maxGapsPerQuery));
        for (Long gap : gaps) {
            gapWatch.observe(gap);
            if (ends.size() < maxGapsPerQuery) {
                ends.add(gap);
            }
        }
        for (long position = scanFrom; position < scanFrom + batchSize; position++) {
            ends.add(position);
        }
        List<Document> found = commits.find(Filters.in(END, ends)).batchSize(ends.size()).into(new ArrayList<>());
        found.addAll(stragglers(found, ends));
        found.sort(Comparator.comparingLong(commit -> commit.get(END, Number.class).longValue()));
        boolean progressed = false;
        for (Document commit : found) {
            progressed |= deliver(commit);
        }
        progressed |= closeAbandonedGaps();
        if (progressed) {
            scanFrom = index + 1;
            return;
        }
        if (scanFrom + batchSize < positions.reservedSoFar()) {
            // nothing visible in this window, yet positions beyond it were reserved: a large commit ends
            // further on, or the window is all in flight; look further (skipped positions become gaps
            // only once something after them is seen)
            scanFrom += batchSize;
            return;
        }
        exhausted = true;
    }

    /**
     * Commits a query missed although they were stored before one it found. An {@code $in} query is no snapshot:
     * it may look for a position before its commit is stored and find a later commit of the same writer (the same
     * aggregate's next event) stored meanwhile; delivered as a gap filled later, the aggregate's events would
     * reach handlers out of order. Asked again now, every position below the highest one found that was stored
     * before it is there.
     */
    private List<Document> stragglers(List<Document> found, List<Long> ends) {
        long highest = -1;
        Set<Long> covered = new HashSet<>();
        for (Document commit : found) {
            long end = commit.get(END, Number.class).longValue();
            highest = Math.max(highest, end);
            for (long position = commit.get(FIRST, Number.class).longValue(); position <= end; position++) {
                covered.add(position);
            }
        }
        List<Long> missed = new ArrayList<>();
        for (Long position : ends) {
            if (position < highest && !covered.contains(position)) {
                missed.add(position);
            }
        }
        return missed.isEmpty() ? List.of()
                : commits.find(Filters.in(END, missed)).batchSize(missed.size()).into(new ArrayList<>());
    }

    /** @return whether the commit advanced the token or filled a gap */
    private boolean deliver(Document commit) {
        long first = commit.get(FIRST, Number.class).longValue();
        long end = commit.get(END, Number.class).longValue();
        List<Document> events = commit.getList(EVENTS, Document.class, Collections.emptyList());
        boolean progressed = false;
        for (long position = first; position <= end; position++) {
            boolean unseen;
            if (position > index) {
                for (long skipped = index + 1; skipped < position; skipped++) {
                    gaps.add(skipped);
                    gapWatch.observe(skipped);
                }
                index = position;
                unseen = true;
            } else {
                unseen = gaps.remove(position);
            }
            if (!unseen) {
                continue;
            }
            progressed = true;
            gapWatch.resolved(position);
            int offset = (int) (position - first);
            if (offset < events.size()) {
                buffer.add(trackedEntry(commit, events.get(offset),
                                        GapAwareTrackingToken.newInstance(index, gaps)));
            }
        }
        return progressed;
    }

    /**
     * Writes tombstones for gaps missing longer than the gap timeout, from the top of each run of consecutive
     * gaps downwards, stopping a run at the first position that is not yet expired or already taken.
     */
    private boolean closeAbandonedGaps() {
        boolean closed = false;
        Long top = gaps.isEmpty() ? null : gaps.last();
        while (top != null) {
            long bottom = top;
            while (gaps.contains(bottom - 1)) {
                bottom--;
            }
            for (long position = top; position >= bottom && gapWatch.expired(position); position--) {
                if (!tombstones.insert(position, position)) {
                    break; // a commit ending here has appeared: the next query delivers it
                }
                log.warn("Position {} was reserved but not written within the gap timeout; a tombstone now "
                                 + "fills it, and a late writer of it will fail", position);
                gaps.remove(position);
                gapWatch.resolved(position);
                closed = true;
            }
            top = gaps.lower(bottom);
        }
        if (closed) {
            gapWatch.forgetStale();
        }
        return closed;
    }
}

package org.verbund.core.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

import static org.verbund.core.eventstore.CommitDocuments.END;
import static org.verbund.core.eventstore.CommitDocuments.EVENTS;
import static org.verbund.core.eventstore.CommitDocuments.FIRST;
import static org.verbund.core.eventstore.CommitDocuments.RECORDED_AT;
import static org.verbund.core.eventstore.CommitDocuments.TIMESTAMP;

/**
 * Gap-aware tracking tokens over global positions: the head (everything reserved so far, with the commits still in
 * flight as gaps) and the token before the first commit recorded at a given instant. Found by {@code end $in}
 * lookups over candidate positions, never by a range scan.
 */
final class TrackingTokens {

    private final MongoCollection<Document> commits;
    private final PositionAllocator positions;
    private final int batchSize;

    TrackingTokens(MongoCollection<Document> commits, PositionAllocator positions, int batchSize) {
        this.commits = commits;
        this.positions = positions;
        this.batchSize = batchSize;
    }

    TrackingToken tail() {
        return GapAwareTrackingToken.newInstance(-1, Collections.emptySet());
    }

    TrackingToken head() {
        return before(positions.reservedSoFar());
    }

    /**
     * A token before the first event recorded at or after {@code dateTime}: a binary search over positions finds the
     * first commit recorded (by its first event) at or after it, and the commit before that one is looked into
     * event by event, since its later events may be recorded at or after it. Events are recorded with the writing
     * instance's clock, so this is as precise as the instances' clocks agree.
     */
    TrackingToken at(Instant dateTime) {
        long firstCommitAtOrAfter = firstCommitRecordedAtOrAfter(dateTime);
        Document previous = firstCommitAtOrAfter == 0 ? null
                : commits.find(Filters.eq(END, firstCommitAtOrAfter - 1)).first();
        List<Document> events = previous == null ? List.of() : previous.getList(EVENTS, Document.class, List.of());
        for (int offset = 0; offset < events.size(); offset++) {
            if (!Instant.parse(events.get(offset).getString(TIMESTAMP)).isBefore(dateTime)) {
                return inside(previous.get(FIRST, Number.class).longValue(), offset);
            }
        }
        Document commit = firstCommitEndingAtOrAfter(firstCommitAtOrAfter, positions.reservedSoFar());
        return commit == null ? head() : before(commit.get(FIRST, Number.class).longValue());
    }

    /** The token that has seen the first {@code offset} events of the commit starting at {@code first}. */
    private TrackingToken inside(long first, int offset) {
        TrackingToken token = before(first);
        for (long position = first; position < first + offset; position++) {
            token = ((GapAwareTrackingToken) token).advanceTo(position, Integer.MAX_VALUE);
        }
        return token;
    }

    /** The position from which the first commit recorded at or after {@code dateTime} is found. */
    private long firstCommitRecordedAtOrAfter(Instant dateTime) {
        long low = 0;
        long high = positions.reservedSoFar();
        while (low < high) {
            long middle = low + (high - low) / 2;
            Document commit = firstCommitEndingAtOrAfter(middle, high);
            if (commit == null || !commit.getDate(RECORDED_AT).toInstant().isBefore(dateTime)) {
                high = middle;
            } else {
                low = commit.get(END, Number.class).longValue() + 1;
            }
        }
        return low;
    }

    private Document firstCommitEndingAtOrAfter(long position, long limit) {
        for (long from = position; from < limit; from += batchSize) {
            List<Long> ends = new ArrayList<>(batchSize);
            for (long candidate = from; candidate < Math.min(from + batchSize, limit); candidate++) {
                ends.add(candidate);
            }
            Optional<Document> commit = commits.find(Filters.in(END, ends))
                                               .projection(Projections.include(FIRST, END, RECORDED_AT))
                                               .into(new ArrayList<>()).stream()
                                               .filter(document -> document.containsKey(RECORDED_AT))
                                               .min(Comparator.comparingLong(d -> d.get(END, Number.class).longValue()));
            if (commit.isPresent()) {
                return commit.get();
            }
        }
        return null;
    }

    /**
     * A token that has seen everything before {@code position} except the commits still in flight among the last
     * {@code batchSize} positions, which it holds as gaps.
     */
    TrackingToken before(long position) {
        long from = Math.max(0, position - batchSize);
        List<Long> ends = new ArrayList<>(batchSize);
        for (long candidate = from; candidate < position; candidate++) {
            ends.add(candidate);
        }
        NavigableSet<Long> covered = new TreeSet<>();
        commits.find(Filters.in(END, ends)).projection(Projections.include(FIRST, END)).forEach(commit -> {
            for (long p = Math.max(from, commit.get(FIRST, Number.class).longValue());
                 p <= commit.get(END, Number.class).longValue(); p++) {
                covered.add(p);
            }
        });
        if (covered.isEmpty()) {
            return GapAwareTrackingToken.newInstance(from - 1, Collections.emptySet());
        }
        long index = covered.last();
        List<Long> gaps = new ArrayList<>();
        for (long p = from; p < index; p++) {
            if (!covered.contains(p)) {
                gaps.add(p);
            }
        }
        return GapAwareTrackingToken.newInstance(index, gaps);
    }
}

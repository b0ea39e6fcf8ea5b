package org.verbund.core.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.verbund.core.eventstore.CommitDocuments.END;
import static org.verbund.core.eventstore.CommitDocuments.EVENTS;
import static org.verbund.core.eventstore.CommitDocuments.FIRST;
import static org.verbund.core.eventstore.CommitDocuments.trackedEntry;

/**
 * Reads the events at given global positions, for readers that know which positions they want (the audit index).
 * A commit is found by its last position only ({@code end} is the unique key), so a position that is not the end of
 * its commit is looked for in windows of candidate ends above it that grow up to the largest commit: most commits
 * hold one event and are found in the first round. Key lookups ({@code end $in}) only.
 */
final class PositionReader {

    /** Candidate ends above a wanted position, per round; the last covers the largest commit. */
    private static final int[] WINDOWS = {0, 4, 32, MongoCommitEventStorageEngine.MAX_EVENTS_PER_COMMIT - 1};

    private final MongoCollection<Document> commits;

    PositionReader(MongoCollection<Document> commits) {
        this.commits = commits;
    }

    /** The stored events at {@code positions}, in position order, each with a token at its own position. */
    List<TrackedEventData<?>> stored(Collection<Long> positions) {
        TreeSet<Long> missing = new TreeSet<>(positions);
        Map<Long, Document> commitByEnd = new TreeMap<>();
        Set<Long> asked = new TreeSet<>();
        int lookedAbove = -1;
        for (int window : WINDOWS) {
            if (missing.isEmpty()) {
                break;
            }
            Set<Long> ends = new LinkedHashSet<>();
            for (long position : missing) {
                for (long end = position + lookedAbove + 1; end <= position + window; end++) {
                    if (asked.add(end)) {
                        ends.add(end);
                    }
                }
            }
            lookedAbove = window;
            if (ends.isEmpty()) {
                continue;
            }
            for (Document commit : commits.find(Filters.in(END, ends)).batchSize(ends.size())) {
                long first = commit.get(FIRST, Number.class).longValue();
                long end = commit.get(END, Number.class).longValue();
                commitByEnd.put(end, commit);
                missing.subSet(first, true, end, true).clear();
            }
        }
        // commits in the order of their ends, which is position order: they do not overlap
        List<TrackedEventData<?>> found = new ArrayList<>(positions.size());
        TreeSet<Long> wanted = new TreeSet<>(positions);
        for (Document commit : commitByEnd.values()) {
            long first = commit.get(FIRST, Number.class).longValue();
            long end = commit.get(END, Number.class).longValue();
            List<Document> events = commit.getList(EVENTS, Document.class, Collections.emptyList());
            for (long position : wanted.subSet(first, true, end, true)) {
                int offset = (int) (position - first);
                if (offset < events.size()) {
                    found.add(trackedEntry(commit, events.get(offset),
                                           GapAwareTrackingToken.newInstance(position, Collections.emptySet())));
                }
            }
        }
        return found;
    }
}

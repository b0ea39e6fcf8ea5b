package org.verbund.core.audit;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.verbund.core.audit.api.HistoryFilter;
import org.verbund.core.audit.api.NetworkHistoryEntry;
import org.verbund.core.eventstore.MongoCommitEventStorageEngine;
import org.verbund.core.eventstore.StoredRevisions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The network's history narrowed by a {@link HistoryFilter}, in global order, lazily, by key lookups only:
 * <ul>
 *     <li>times become positions: {@code from} the position before the first commit recorded at or after it,
 *     {@code to} the last one before the first commit recorded at or after it (the engine's binary search over
 *     commits, {@code createTokenAt}); the history read ends there;</li>
 *     <li>up to the index's watermark, the positions come from the posting list of the most selective value asked
 *     for (the one with the fewest chunks left), and the events at them are read by their positions; the other
 *     values and the times are checked on each event;</li>
 *     <li>after the watermark, the short tail the indexer has not reached yet is read from the history itself and
 *     filtered here, so an answer is complete however far the index lags.</li>
 * </ul>
 * Like the whole history, it only grows at its end: the index holds settled positions only, and the tail ends
 * before the first position still in flight.
 */
public class FilteredHistory {

    private static final int FIRST_FETCH = 16;
    private static final int MAX_FETCH = 512;

    private final GlobalHistory history;
    private final MongoCommitEventStorageEngine storage;
    private final HistoryIndex index;

    public FilteredHistory(GlobalHistory history, EventStorageEngine storage, HistoryIndex index) {
        if (!(storage instanceof MongoCommitEventStorageEngine engine)) {
            throw new IllegalArgumentException("The filtered history reads events by position, which "
                                               + storage.getClass().getName() + " cannot");
        }
        this.history = history;
        this.storage = engine;
        this.index = index;
    }

    /** The events after {@code position} (-1: from the first) that pass {@code filter}, in global order. */
    public Stream<NetworkHistoryEntry> after(long position, HistoryFilter filter) {
        if (filter.isEmpty()) {
            return history.after(position);
        }
        long start = filter.from() == null ? position : Math.max(position, settledBefore(filter.from()));
        long end = filter.to() == null ? Long.MAX_VALUE : lastBefore(filter.to());
        Predicate<NetworkHistoryEntry> wanted = entry -> IndexedDimension.matches(filter, entry)
                && (filter.from() == null || !entry.recordedAt().isBefore(filter.from()))
                && (filter.to() == null || entry.recordedAt().isBefore(filter.to()));
        if (start >= end) {
            return Stream.empty();
        }
        Map<String, String> keys = IndexedDimension.keysOf(filter);
        long watermark = keys.isEmpty() ? -1 : index.indexedUpTo();
        Stream<NetworkHistoryEntry> indexed = start < watermark
                ? indexed(keys, start, Math.min(watermark, end)).filter(wanted) : Stream.empty();
        Stream<NetworkHistoryEntry> tail = end <= watermark ? Stream.empty()
                : history.after(Math.max(start, watermark)).takeWhile(entry -> entry.position() <= end).filter(wanted);
        return Stream.concat(indexed, tail);
    }

    /** The events at the positions of the most selective list asked for, after {@code after}, up to {@code upTo}. */
    private Stream<NetworkHistoryEntry> indexed(Map<String, String> keys, long after, long upTo) {
        Map<String, HistoryIndex.Head> heads = index.heads(keys.keySet());
        if (heads.size() < keys.size()) {
            return Stream.empty(); // a value asked for has no event up to the watermark
        }
        HistoryIndex.Head driver = heads.values().stream().min(Comparator.comparingInt(
                head -> head.starts().size() - head.firstChunkAfter(after))).orElseThrow();
        Iterator<Long> positions = new ListPositions(driver, after, upTo);
        Iterator<NetworkHistoryEntry> entries = new Iterator<>() {
            private final Deque<NetworkHistoryEntry> fetched = new ArrayDeque<>();
            private int fetchSize = FIRST_FETCH;

            @Override
            public boolean hasNext() {
                while (fetched.isEmpty() && positions.hasNext()) {
                    List<Long> batch = new ArrayList<>(fetchSize);
                    while (batch.size() < fetchSize && positions.hasNext()) {
                        batch.add(positions.next());
                    }
                    // small pages read little; long reads take bigger steps
                    fetchSize = Math.min(MAX_FETCH, fetchSize * 2);
                    try (Stream<StoredRevisions.ReadEvent> events = storage.readEventsAt(batch)) {
                        events.map(GlobalHistory::entry).forEach(fetched::add);
                    }
                }
                return !fetched.isEmpty();
            }

            @Override
            public NetworkHistoryEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return fetched.poll();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(entries, Spliterator.ORDERED), false);
    }

    /** The positions of one list after {@code after} up to {@code upTo}, reading its chunks a few at a time. */
    private final class ListPositions implements Iterator<Long> {

        private final HistoryIndex.Head head;
        private final long after;
        private final long upTo;
        private final Deque<Long> buffered = new ArrayDeque<>();
        private int nextChunk;
        private int chunksPerRead = 1;
        private boolean done;

        ListPositions(HistoryIndex.Head head, long after, long upTo) {
            this.head = head;
            this.after = after;
            this.upTo = upTo;
            this.nextChunk = head.firstChunkAfter(after);
        }

        @Override
        public boolean hasNext() {
            while (buffered.isEmpty() && !done && nextChunk < head.starts().size()) {
                int toChunk = Math.min(head.starts().size(), nextChunk + chunksPerRead);
                for (List<Long> chunk : index.chunks(head.key(), nextChunk, toChunk)) {
                    for (long position : chunk) {
                        if (position > upTo) {
                            done = true;
                            break;
                        }
                        if (position > after) {
                            buffered.add(position);
                        }
                    }
                }
                nextChunk = toChunk;
                chunksPerRead = Math.min(8, chunksPerRead * 2);
            }
            return !buffered.isEmpty();
        }

        @Override
        public Long next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return buffered.poll();
        }
    }

    /** The position after which every event is recorded at or after {@code from} (as far as the clocks agree). */
    private long settledBefore(Instant from) {
        // commits keep their recorded time to the millisecond, events to the nanosecond: an event at or after
        // `from` is in a commit at or after `from` cut to the millisecond
        TrackingToken token = storage.createTokenAt(from.truncatedTo(ChronoUnit.MILLIS));
        GapAwareTrackingToken gapAware = (GapAwareTrackingToken) token;
        return gapAware.getGaps().isEmpty() ? gapAware.getIndex() : gapAware.getGaps().first() - 1;
    }

    /** The last position before the first commit recorded at or after {@code to}. */
    private long lastBefore(Instant to) {
        return ((GapAwareTrackingToken) storage.createTokenAt(to)).getIndex();
    }
}

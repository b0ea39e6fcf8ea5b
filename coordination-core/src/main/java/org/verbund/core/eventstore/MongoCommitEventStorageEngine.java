package org.verbund.core.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An Axon {@link org.axonframework.eventsourcing.eventstore.EventStorageEngine} on MongoDB in which every read is a
 * key lookup, so that it stays fast as history grows on the embedded wire-protocol server (which has only unique
 * indexes, serves them only for equality and {@code $in}, and has no transactions) as on a real MongoDB.
 *
 * <h2>Layout</h2>
 * One document per commit (all events one unit of work appended), so a commit is stored all or none without
 * transactions:
 * <ul>
 *     <li>{@code _id}: {@code a:<aggregateId>:<first sequence number>} for an aggregate's commit. Two writers that
 *     loaded the same aggregate version produce the same id, so the unique {@code _id} index lets exactly one win
 *     (optimistic concurrency). Commits without aggregate events are {@code e:<first event id>}; tombstones
 *     {@code t:<end>}.</li>
 *     <li>{@code first}, {@code end}: the range of global positions the commit reserved (one position per event),
 *     from the shared {@link GlobalPositionCounter} or, when this process is the only writer, the
 *     {@link InProcessPositionAllocator}. {@code end} has a unique index: the global stream is read by
 *     {@code end $in [...]}, which also finds a commit a token stopped in the middle of.</li>
 *     <li>{@code events}: the serialized events (Jackson JSON strings) in position order.</li>
 * </ul>
 * An aggregate's stream is read by {@code _id $in [a:X:n, a:X:n+1, ...]} in growing windows; its snapshot is one
 * document keyed by the aggregate id.
 *
 * <h2>Gaps</h2>
 * Tokens are {@link GapAwareTrackingToken}s over global positions. A position that is reserved but not yet visible is
 * a gap: readers deliver what comes after it and keep looking for it. A writer whose insert fails releases its
 * positions at once by writing a tombstone. A gap left by a writer that died (or stalled) between reservation and
 * insert is closed, once it has been missing for the gap timeout, by a reader writing a tombstone for that position;
 * because {@code end} is unique, the tombstone and a late commit ending at the same position exclude each other, so
 * the late writer's insert fails (its command fails and stores nothing) instead of its events being skipped.
 * Tombstones are written from the top of each run of consecutive gaps downwards, which guarantees that every late
 * commit inside the run is fenced before any of its positions is given up.
 */
public class MongoCommitEventStorageEngine extends AbstractEventStorageEngine {

    static final String COMMITS_COLLECTION = "event_commits";
    static final String SNAPSHOTS_COLLECTION = "event_snapshots";
    static final String COUNTERS_COLLECTION = "event_counters";
    static final String END_INDEX = "commit_end";

    private static final String ID = "_id";
    static final String FIRST = "first";
    static final String END = "end";
    private static final String AGGREGATE_ID = "aggregateId";
    private static final String AGGREGATE_TYPE = "aggregateType";
    private static final String FIRST_SEQ = "firstSeq";
    private static final String LAST_SEQ = "lastSeq";
    private static final String RECORDED_AT = "recordedAt";
    static final String EVENTS = "events";
    // fields of one event inside a commit, and of a snapshot
    private static final String EVENT_ID = "id";
    private static final String SEQ = "seq";
    private static final String TIMESTAMP = "ts";
    private static final String PAYLOAD_TYPE = "pt";
    private static final String PAYLOAD_REVISION = "pr";
    private static final String PAYLOAD = "p";
    private static final String META_DATA = "m";
    private static final String SNAPSHOT_TYPE = "type";

    private static final int FIRST_AGGREGATE_WINDOW = 128;
    /** Bounds a commit, so that a window of this many positions always holds the end of a commit that spans it. */
    static final int MAX_EVENTS_PER_COMMIT = 500;
    private static final int MAX_AGGREGATE_WINDOW = 1024;

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> snapshots;
    private final PositionAllocator positions;
    private final GapWatch gapWatch;
    private final int batchSize;
    private final int maxGapsPerQuery;
    private final ReservationObserver reservationObserver;

    protected MongoCommitEventStorageEngine(Builder builder) {
        super(builder);
        this.commits = builder.database.getCollection(COMMITS_COLLECTION);
        this.snapshots = builder.database.getCollection(SNAPSHOTS_COLLECTION);
        this.positions = builder.positionAllocator != null
                ? builder.positionAllocator
                : new GlobalPositionCounter(builder.database.getCollection(COUNTERS_COLLECTION));
        this.gapWatch = new GapWatch(builder.gapTimeout, System::nanoTime);
        this.batchSize = builder.batchSize;
        this.maxGapsPerQuery = builder.batchSize;
        this.reservationObserver = builder.reservationObserver;
        commits.createIndex(Indexes.ascending(END), new IndexOptions().unique(true).name(END_INDEX));
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------------------------------------- appending

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        if (events.size() > MAX_EVENTS_PER_COMMIT) {
            throw new EventStoreException("One unit of work may append at most " + MAX_EVENTS_PER_COMMIT
                    + " events; this one has " + events.size());
        }
        PendingCommit commit = serialize(events, serializer);
        // everything that can fail slowly happens before the reservation, keeping reservation-to-insert short
        long first = positions.reserve(events.size());
        long end = first + events.size() - 1;
        reservationObserver.reserved(first, end);
        Document document = commit.document.append(FIRST, first).append(END, end);
        try {
            commits.insertOne(document);
            WriteReceipts.recorded(commit.aggregateId, commit.lastSeq, end);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                releaseReservation(first, end);
                throw new EventStoreException("Could not store commit " + commit.id + ": nothing was stored", e);
            }
            if (!exists(commit.id)) {
                // the end position is already taken by a reader's tombstone: this writer took longer than the gap
                // timeout between reservation and insert, and its positions were given up
                throw new EventStoreException("Commit " + commit.id + " was not stored: its reserved positions "
                        + first + ".." + end + " were declared abandoned before it was written "
                        + "(the writer stalled for longer than the gap timeout)", e);
            }
            releaseReservation(first, end);
            throw concurrencyFailure(commit, e);
        } catch (MongoException e) {
            // the outcome is unknown (for example a timeout): the commit may still appear, so the positions are not
            // released; if it never appears, readers close the gap after the gap timeout
            throw new EventStoreException("Storing commit " + commit.id + " had an unknown outcome", e);
        }
    }

    private PendingCommit serialize(List<? extends EventMessage<?>> events, Serializer serializer) {
        String aggregateId = null;
        String aggregateType = null;
        long firstSeq = -1;
        long lastSeq = -1;
        List<Document> eventDocuments = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            Document eventDocument = new Document(EVENT_ID, event.getIdentifier())
                    .append(TIMESTAMP, event.getTimestamp().toString());
            if (event instanceof DomainEventMessage<?> domainEvent) {
                if (aggregateId == null) {
                    aggregateId = domainEvent.getAggregateIdentifier();
                    aggregateType = domainEvent.getType();
                    firstSeq = domainEvent.getSequenceNumber();
                } else if (!aggregateId.equals(domainEvent.getAggregateIdentifier())) {
                    throw new EventStoreException("One unit of work may change one aggregate, but it changed "
                            + aggregateId + " and " + domainEvent.getAggregateIdentifier()
                            + ": let an event handler or saga change the second one");
                } else if (domainEvent.getSequenceNumber() != lastSeq + 1) {
                    throw new EventStoreException("Events of aggregate " + aggregateId
                            + " are not contiguous: " + lastSeq + " is followed by "
                            + domainEvent.getSequenceNumber());
                }
                lastSeq = domainEvent.getSequenceNumber();
                eventDocument.append(SEQ, lastSeq);
            }
            SerializedObject<String> payload = event.serializePayload(serializer, String.class);
            SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
            eventDocument.append(PAYLOAD_TYPE, payload.getType().getName())
                         .append(PAYLOAD_REVISION, payload.getType().getRevision())
                         .append(PAYLOAD, payload.getData())
                         .append(META_DATA, metaData.getData());
            eventDocuments.add(eventDocument);
        }
        String id = aggregateId == null ? "e:" + events.get(0).getIdentifier() : aggregateCommitId(aggregateId, firstSeq);
        Document document = new Document(ID, id)
                .append(RECORDED_AT, Date.from(events.get(0).getTimestamp()));
        if (aggregateId != null) {
            document.append(AGGREGATE_ID, aggregateId)
                    .append(AGGREGATE_TYPE, aggregateType)
                    .append(FIRST_SEQ, firstSeq)
                    .append(LAST_SEQ, lastSeq);
        }
        document.append(EVENTS, eventDocuments);
        return new PendingCommit(id, aggregateId, firstSeq, lastSeq, document);
    }

    private record PendingCommit(String id, String aggregateId, long firstSeq, long lastSeq, Document document) {
    }

    private RuntimeException concurrencyFailure(PendingCommit commit, MongoWriteException cause) {
        if (commit.firstSeq < 0) {
            return new EventStoreException("An event with identifier " + commit.id + " was already stored", cause);
        }
        if (commit.firstSeq == 0) {
            return new AggregateStreamCreationException(
                    "Aggregate identifier already in use: " + commit.id, cause);
        }
        return new ConcurrencyException("Another command already appended to the aggregate at the same version: "
                + commit.id, cause);
    }

    private boolean exists(String commitId) {
        return commits.find(Filters.eq(ID, commitId)).projection(Projections.include(ID)).first() != null;
    }

    /** Fills a reservation that will never be written, so that readers need not wait for the gap timeout. */
    private void releaseReservation(long first, long end) {
        insertTombstone(first, end);
    }

    /** @return whether the tombstone was written (false: something already ends at {@code end}) */
    private boolean insertTombstone(long first, long end) {
        try {
            commits.insertOne(new Document(ID, "t:" + end).append(FIRST, first).append(END, end));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw new EventStoreException("Could not write a tombstone for positions " + first + ".." + end, e);
        }
    }

    static String aggregateCommitId(String aggregateId, long firstSequenceNumber) {
        return "a:" + aggregateId + ":" + firstSequenceNumber;
    }

    // ---------------------------------------------------------------------------------------------- snapshots

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document current = snapshots.find(Filters.eq(ID, snapshot.getAggregateIdentifier()))
                                    .projection(Projections.include(SEQ)).first();
        if (current != null && current.get(SEQ, Number.class).longValue() >= snapshot.getSequenceNumber()) {
            return;
        }
        SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = snapshot.serializeMetaData(serializer, String.class);
        Document document = new Document(ID, snapshot.getAggregateIdentifier())
                .append(SNAPSHOT_TYPE, snapshot.getType())
                .append(SEQ, snapshot.getSequenceNumber())
                .append(EVENT_ID, snapshot.getIdentifier())
                .append(TIMESTAMP, snapshot.getTimestamp().toString())
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(META_DATA, metaData.getData());
        snapshots.replaceOne(Filters.eq(ID, snapshot.getAggregateIdentifier()), document,
                             new ReplaceOptions().upsert(true));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = snapshots.find(Filters.eq(ID, aggregateIdentifier)).first();
        if (snapshot == null) {
            return Stream.empty();
        }
        return Stream.of(domainEntry(snapshot.getString(SNAPSHOT_TYPE), aggregateIdentifier, snapshot));
    }

    // ---------------------------------------------------------------------------------------------- aggregates

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateIdentifier, long firstSequenceNumber) {
        Iterator<Document> commitsOfAggregate = new AggregateCommitIterator(aggregateIdentifier, firstSequenceNumber, null);
        return stream(commitsOfAggregate).flatMap(commit -> {
            String type = commit.getString(AGGREGATE_TYPE);
            return commit.getList(EVENTS, Document.class).stream()
                         .filter(event -> event.containsKey(SEQ)
                                 && event.get(SEQ, Number.class).longValue() >= firstSequenceNumber)
                         .map(event -> domainEntry(type, aggregateIdentifier, event));
        });
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        Document snapshot = snapshots.find(Filters.eq(ID, aggregateIdentifier))
                                     .projection(Projections.include(SEQ)).first();
        Long last = snapshot == null ? null : snapshot.get(SEQ, Number.class).longValue();
        Iterator<Document> commitsOfAggregate = new AggregateCommitIterator(
                aggregateIdentifier, last == null ? 0 : last + 1, Projections.include(FIRST_SEQ, LAST_SEQ));
        while (commitsOfAggregate.hasNext()) {
            last = commitsOfAggregate.next().get(LAST_SEQ, Number.class).longValue();
        }
        return Optional.ofNullable(last);
    }

    /**
     * The commits of one aggregate from the one holding {@code fromSeq}, in order, fetched by {@code _id $in} windows
     * of candidate ids that grow while the aggregate goes on.
     */
    private final class AggregateCommitIterator extends BatchIterator<Document> {

        private final String aggregateId;
        private final long fromSeq;
        private final Bson projection;
        private long nextSeq;
        private int window = FIRST_AGGREGATE_WINDOW;

        AggregateCommitIterator(String aggregateId, long fromSeq, Bson projection) {
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

    // ---------------------------------------------------------------------------------------------- global stream

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        return stream(new GlobalStreamReader(trackingToken, commits, positions, gapWatch, batchSize,
                                             maxGapsPerQuery, this::insertTombstone));
    }

    // ---------------------------------------------------------------------------------------------- tokens

    @Override
    public TrackingToken createTailToken() {
        return GapAwareTrackingToken.newInstance(-1, Collections.emptySet());
    }

    @Override
    public TrackingToken createHeadToken() {
        return tokenBefore(positions.reservedSoFar());
    }

    /**
     * A token before the first commit recorded at or after {@code dateTime}, found by binary search over positions.
     * Commits are recorded with the writing instance's clock, so this is as precise as the instances' clocks agree.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
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
        Document commit = firstCommitEndingAtOrAfter(low, positions.reservedSoFar());
        return commit == null ? createHeadToken() : tokenBefore(commit.get(FIRST, Number.class).longValue());
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
    private TrackingToken tokenBefore(long position) {
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

    // ---------------------------------------------------------------------------------------------- mapping

    private static DomainEventData<String> domainEntry(String type, String aggregateId, Document event) {
        return new GenericDomainEventEntry<>(type, aggregateId, event.get(SEQ, Number.class).longValue(),
                                             event.getString(EVENT_ID), event.getString(TIMESTAMP),
                                             event.getString(PAYLOAD_TYPE), event.getString(PAYLOAD_REVISION),
                                             event.getString(PAYLOAD), event.getString(META_DATA));
    }

    static TrackedEventData<?> trackedEntry(Document commit, Document event, TrackingToken token) {
        if (event.containsKey(SEQ)) {
            return new TrackedDomainEventData<>(token, domainEntry(commit.getString(AGGREGATE_TYPE),
                                                                   commit.getString(AGGREGATE_ID), event));
        }
        return new TrackedEventEntry(token, event.getString(EVENT_ID), Instant.parse(event.getString(TIMESTAMP)),
                                     serialized(event.getString(PAYLOAD), event.getString(PAYLOAD_TYPE),
                                                event.getString(PAYLOAD_REVISION)),
                                     serialized(event.getString(META_DATA),
                                                org.axonframework.messaging.MetaData.class.getName(), null));
    }

    private static SerializedObject<String> serialized(String data, String type, String revision) {
        return new SimpleSerializedObject<>(data, String.class, type, revision);
    }

    private record TrackedEventEntry(TrackingToken trackingToken, String eventIdentifier, Instant timestamp,
                                     SerializedObject<String> payload, SerializedObject<String> metaData)
            implements TrackedEventData<String> {

        @Override
        public String getEventIdentifier() {
            return eventIdentifier;
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }

        @Override
        public SerializedObject<String> getMetaData() {
            return metaData;
        }

        @Override
        public SerializedObject<String> getPayload() {
            return payload;
        }
    }

    /** Sees the positions a commit reserved, between reservation and insert. */
    @FunctionalInterface
    interface ReservationObserver {
        void reserved(long first, long end);
    }

    private static <T> Stream<T> stream(Iterator<T> iterator) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    // ---------------------------------------------------------------------------------------------- builder

    public static class Builder extends AbstractEventStorageEngine.Builder {

        private MongoDatabase database;
        private Duration gapTimeout = Duration.ofSeconds(60);
        private int batchSize = 500;
        private ReservationObserver reservationObserver = (first, end) -> {
        };
        private PositionAllocator positionAllocator;

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /**
         * How long a reserved position may stay invisible before readers declare it abandoned and fence it with a
         * tombstone. Too short makes slow writers fail (nothing is lost); too long only delays cleaning up after a
         * crash, since readers pass gaps without waiting.
         */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        /**
         * Where positions come from: by default the shared counter document, right for several writing processes;
         * {@link InProcessPositionAllocator} when this process is the database's only writer.
         */
        Builder positionAllocator(PositionAllocator positionAllocator) {
            this.positionAllocator = positionAllocator;
            return this;
        }

        /** How many positions one query of the global stream covers. */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** Test seam: observes each reservation before its commit is inserted (to inject crashes and stalls). */
        Builder reservationObserver(ReservationObserver reservationObserver) {
            this.reservationObserver = reservationObserver;
            return this;
        }

        public MongoCommitEventStorageEngine build() {
            return new MongoCommitEventStorageEngine(this);
        }

        @Override
        protected void validate() {
            super.validate();
            if (database == null) {
                throw new org.axonframework.common.AxonConfigurationException("A MongoDatabase is required");
            }
            if (batchSize < 1 || gapTimeout.isNegative()) {
                throw new org.axonframework.common.AxonConfigurationException(
                        "batchSize must be positive and gapTimeout not negative");
            }
        }
    }
}

package org.verbund.core.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.verbund.core.eventstore.CommitWriter.ReservationObserver;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.verbund.core.eventstore.CommitDocuments.AGGREGATE_TYPE;
import static org.verbund.core.eventstore.CommitDocuments.END;
import static org.verbund.core.eventstore.CommitDocuments.EVENTS;
import static org.verbund.core.eventstore.CommitDocuments.EVENT_IDS;
import static org.verbund.core.eventstore.CommitDocuments.FIRST_SEQ;
import static org.verbund.core.eventstore.CommitDocuments.LAST_SEQ;
import static org.verbund.core.eventstore.CommitDocuments.SEQ;
import static org.verbund.core.eventstore.CommitDocuments.domainEntry;

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
    static final String EVENT_ID_INDEX = "commit_event_ids";

    /** Bounds a commit, so that a window of this many positions always holds the end of a commit that spans it. */
    static final int MAX_EVENTS_PER_COMMIT = 500;

    private final MongoCollection<Document> commits;
    private final SnapshotDocuments snapshots;
    private final PositionAllocator positions;
    private final GapWatch gapWatch;
    private final int batchSize;
    private final int maxGapsPerQuery;
    private final AggregateStreamReader aggregateStreams;
    private final TrackingTokens tokens;
    private final CommitWriter writer;

    protected MongoCommitEventStorageEngine(Builder builder) {
        super(builder);
        this.commits = builder.database.getCollection(COMMITS_COLLECTION);
        this.snapshots = new SnapshotDocuments(builder.database.getCollection(SNAPSHOTS_COLLECTION));
        this.positions = builder.positionAllocator != null
                ? builder.positionAllocator
                : new GlobalPositionCounter(builder.database.getCollection(COUNTERS_COLLECTION));
        this.gapWatch = new GapWatch(builder.gapTimeout, System::nanoTime);
        this.batchSize = builder.batchSize;
        this.maxGapsPerQuery = builder.batchSize;
        this.writer = new CommitWriter(commits, positions, builder.reservationObserver, builder.duplicates);
        this.aggregateStreams = new AggregateStreamReader(commits);
        this.tokens = new TrackingTokens(commits, positions, batchSize);
        commits.createIndex(Indexes.ascending(END), new IndexOptions().unique(true).name(END_INDEX));
        // multikey over each commit's event identifiers (sparse: tombstones have none), as Axon's own engines
        // refuse a second event with a stored identifier
        commits.createIndex(Indexes.ascending(EVENT_IDS), new IndexOptions().unique(true).sparse(true)
                                                                           .name(EVENT_ID_INDEX));
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------------------------------------- appending

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        writer.append(events, serializer);
    }

    // ---------------------------------------------------------------------------------------------- snapshots

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        snapshots.store(snapshot, serializer);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return snapshots.read(aggregateIdentifier);
    }

    // ---------------------------------------------------------------------------------------------- aggregates

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateIdentifier, long firstSequenceNumber) {
        Iterator<Document> commitsOfAggregate = aggregateStreams.commitsFrom(aggregateIdentifier, firstSequenceNumber, null);
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
        Long last = snapshots.sequenceOf(aggregateIdentifier).orElse(null);
        Iterator<Document> commitsOfAggregate = aggregateStreams.commitsFrom(
                aggregateIdentifier, last == null ? 0 : last + 1, Projections.include(FIRST_SEQ, LAST_SEQ));
        while (commitsOfAggregate.hasNext()) {
            last = commitsOfAggregate.next().get(LAST_SEQ, Number.class).longValue();
        }
        return Optional.ofNullable(last);
    }

    // ---------------------------------------------------------------------------------------------- global stream

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        return stream(new GlobalStreamReader(trackingToken, commits, positions, gapWatch, batchSize,
                                             maxGapsPerQuery, writer::insertTombstone));
    }

    /** The events at these positions, in position order, by key lookups ({@link PositionReader}), each as stored. */
    public Stream<StoredRevisions.ReadEvent> readEventsAt(Collection<Long> positions) {
        return upcastAsStored(new PositionReader(commits).stored(positions).stream());
    }

    /** Upcasts and deserializes as {@code readEvents} does, each event with its revision as stored. */
    Stream<StoredRevisions.ReadEvent> upcastAsStored(Stream<? extends TrackedEventData<?>> stored) {
        return StoredRevisions.upcast(stored, getEventSerializer(), upcasterChain);
    }

    // ---------------------------------------------------------------------------------------------- tokens

    @Override
    public TrackingToken createTailToken() {
        return tokens.tail();
    }

    @Override
    public TrackingToken createHeadToken() {
        return tokens.head();
    }

    /** See {@link TrackingTokens#at(Instant)}. */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return tokens.at(dateTime);
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
        private PersistenceExceptionResolver duplicates = CommitWriter::isDuplicateKey;

        public Builder() {
            super.persistenceExceptionResolver(duplicates);
        }

        /** Which store failures are duplicate keys; by default the unique indexes' and duplicates within a commit. */
        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver persistenceExceptionResolver) {
            super.persistenceExceptionResolver(persistenceExceptionResolver);
            this.duplicates = persistenceExceptionResolver != null ? persistenceExceptionResolver : failure -> false;
            return this;
        }

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
        public Builder upcasterChain(EventUpcaster upcasterChain) {
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
                throw new AxonConfigurationException("A MongoDatabase is required");
            }
            if (batchSize < 1 || gapTimeout.isNegative()) {
                throw new AxonConfigurationException(
                        "batchSize must be positive and gapTimeout not negative");
            }
        }
    }
}

package org.verbund.core.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.verbund.core.eventstore.CommitDocuments.DuplicateInCommit;
import org.verbund.core.eventstore.CommitDocuments.PendingCommit;

import java.util.List;

import static org.verbund.core.eventstore.CommitDocuments.END;
import static org.verbund.core.eventstore.CommitDocuments.EVENT_IDS;
import static org.verbund.core.eventstore.CommitDocuments.FIRST;
import static org.verbund.core.eventstore.CommitDocuments.ID;

/**
 * Writes commits: reserves the commit's positions, inserts it, and tells apart why an insert failed: another writer
 * at the same aggregate version (a concurrency failure), an event identifier stored before (a duplicate), a reader's
 * tombstone at the commit's end (this writer stalled past the gap timeout), or an unknown outcome. Positions a failed
 * insert will never fill are released at once by a tombstone, so readers need not wait for the gap timeout.
 * <p>
 * Duplicates are refused as Axon's own engines refuse them, through the engine's {@link PersistenceExceptionResolver}:
 * an {@link AggregateStreamCreationException} when the commit starts an aggregate, a {@link ConcurrencyException}
 * otherwise, and a plain {@link EventStoreException} when the resolver does not take the failure for a duplicate.
 */
final class CommitWriter {

    private final MongoCollection<Document> commits;
    private final PositionAllocator positions;
    private final ReservationObserver reservationObserver;
    private final PersistenceExceptionResolver duplicates;

    CommitWriter(MongoCollection<Document> commits, PositionAllocator positions,
                 ReservationObserver reservationObserver, PersistenceExceptionResolver duplicates) {
        this.commits = commits;
        this.positions = positions;
        this.reservationObserver = reservationObserver;
        this.duplicates = duplicates;
    }

    /** A store failure that is a duplicate key: another commit, or another event in the same commit, got there first. */
    static boolean isDuplicateKey(Exception failure) {
        return failure instanceof DuplicateInCommit || failure instanceof MongoWriteException write
                && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }

    /** Stores the events of one unit of work as one commit, or nothing. */
    void append(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        if (events.size() > MongoCommitEventStorageEngine.MAX_EVENTS_PER_COMMIT) {
            throw new EventStoreException("One unit of work may append at most " + MongoCommitEventStorageEngine.MAX_EVENTS_PER_COMMIT
                    + " events; this one has " + events.size());
        }
        PendingCommit commit;
        try {
            commit = CommitDocuments.commit(events, serializer);
        } catch (DuplicateInCommit e) {
            throw refusal(e.getMessage(), events.get(0), e);
        }
        // everything that can fail slowly happens before the reservation, keeping reservation-to-insert short
        long first = positions.reserve(events.size());
        long end = first + events.size() - 1;
        reservationObserver.reserved(first, end);
        Document document = commit.document().append(FIRST, first).append(END, end);
        try {
            commits.insertOne(document);
            WriteReceipts.recorded(commit.aggregateId(), commit.lastSeq(), end);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                releaseReservation(first, end);
                throw new EventStoreException("Could not store commit " + commit.id() + ": nothing was stored", e);
            }
            String duplicate = duplicateOf(commit);
            if (duplicate == null) {
                // the end position is already taken by a reader's tombstone: this writer took longer than the gap
                // timeout between reservation and insert, and its positions were given up
                throw new EventStoreException("Commit " + commit.id() + " was not stored: its reserved positions "
                        + first + ".." + end + " were declared abandoned before it was written "
                        + "(the writer stalled for longer than the gap timeout)", e);
            }
            releaseReservation(first, end);
            throw refusal(duplicate, events.get(0), e);
        } catch (MongoException e) {
            // the outcome is unknown (for example a timeout): the commit may still appear, so the positions are not
            // released; if it never appears, readers close the gap after the gap timeout
            throw new EventStoreException("Storing commit " + commit.id() + " had an unknown outcome", e);
        }
    }

    /** What a commit refused for a duplicate key collided with, or null if it was not its id or an event id. */
    private String duplicateOf(PendingCommit commit) {
        if (exists(Filters.eq(ID, commit.id()))) {
            return commit.firstSeq() < 0 ? "An event with identifier " + commit.id().substring(2) + " was already stored"
                    : "Another command already appended to the aggregate at the same version: " + commit.id();
        }
        if (exists(Filters.in(EVENT_IDS, commit.eventIds()))) {
            return "An event of commit " + commit.id() + " has an identifier that was already stored";
        }
        return null;
    }

    private RuntimeException refusal(String message, EventMessage<?> firstEvent, Exception cause) {
        if (!duplicates.isDuplicateKeyViolation(cause)) {
            return new EventStoreException(message, cause);
        }
        if (firstEvent instanceof DomainEventMessage<?> domainEvent && domainEvent.getSequenceNumber() == 0) {
            return new AggregateStreamCreationException(message, cause);
        }
        return new ConcurrencyException(message, cause);
    }

    private boolean exists(org.bson.conversions.Bson filter) {
        return commits.find(filter).projection(Projections.include(ID)).first() != null;
    }

    /** Fills a reservation that will never be written, so that readers need not wait for the gap timeout. */
    private void releaseReservation(long first, long end) {
        insertTombstone(first, end);
    }

    /** @return whether the tombstone was written (false: something already ends at {@code end}) */
    boolean insertTombstone(long first, long end) {
        try {
            commits.insertOne(CommitDocuments.tombstone(first, end));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw new EventStoreException("Could not write a tombstone for positions " + first + ".." + end, e);
        }
    }

    /** Sees the positions a commit reserved, between reservation and insert (a test seam for crashes and stalls). */
    @FunctionalInterface
    interface ReservationObserver {
        void reserved(long first, long end);
    }
}

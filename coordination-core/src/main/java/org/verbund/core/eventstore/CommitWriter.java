package org.verbund.core.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.verbund.core.eventstore.CommitDocuments.PendingCommit;

import java.util.List;

import static org.verbund.core.eventstore.CommitDocuments.END;
import static org.verbund.core.eventstore.CommitDocuments.FIRST;
import static org.verbund.core.eventstore.CommitDocuments.ID;

/**
 * Writes commits: reserves the commit's positions, inserts it, and tells apart why an insert failed: another writer
 * at the same aggregate version (a concurrency failure), a reader's tombstone at the commit's end (this writer
 * stalled past the gap timeout), or an unknown outcome. Positions a failed insert will never fill are released at
 * once by a tombstone, so readers need not wait for the gap timeout.
 */
final class CommitWriter {

    private final MongoCollection<Document> commits;
    private final PositionAllocator positions;
    private final ReservationObserver reservationObserver;

    CommitWriter(MongoCollection<Document> commits, PositionAllocator positions,
                 ReservationObserver reservationObserver) {
        this.commits = commits;
        this.positions = positions;
        this.reservationObserver = reservationObserver;
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
        PendingCommit commit = CommitDocuments.commit(events, serializer);
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
            if (!exists(commit.id())) {
                // the end position is already taken by a reader's tombstone: this writer took longer than the gap
                // timeout between reservation and insert, and its positions were given up
                throw new EventStoreException("Commit " + commit.id() + " was not stored: its reserved positions "
                        + first + ".." + end + " were declared abandoned before it was written "
                        + "(the writer stalled for longer than the gap timeout)", e);
            }
            releaseReservation(first, end);
            throw concurrencyFailure(commit, e);
        } catch (MongoException e) {
            // the outcome is unknown (for example a timeout): the commit may still appear, so the positions are not
            // released; if it never appears, readers close the gap after the gap timeout
            throw new EventStoreException("Storing commit " + commit.id() + " had an unknown outcome", e);
        }
    }

    private RuntimeException concurrencyFailure(PendingCommit commit, MongoWriteException cause) {
        if (commit.firstSeq() < 0) {
            return new EventStoreException("An event with identifier " + commit.id() + " was already stored", cause);
        }
        if (commit.firstSeq() == 0) {
            return new AggregateStreamCreationException(
                    "Aggregate identifier already in use: " + commit.id(), cause);
        }
        return new ConcurrencyException("Another command already appended to the aggregate at the same version: "
                + commit.id(), cause);
    }

    private boolean exists(String commitId) {
        return commits.find(Filters.eq(ID, commitId)).projection(Projections.include(ID)).first() != null;
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

package org.verbund.core.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.util.Optional;
import java.util.stream.Stream;

import static org.verbund.core.eventstore.CommitDocuments.ID;
import static org.verbund.core.eventstore.CommitDocuments.SEQ;
import static org.verbund.core.eventstore.CommitDocuments.SNAPSHOT_TYPE;
import static org.verbund.core.eventstore.CommitDocuments.domainEntry;

/** The latest snapshot of each aggregate, one document keyed by the aggregate id; an older one never replaces it. */
final class SnapshotDocuments {

    private final MongoCollection<Document> snapshots;

    SnapshotDocuments(MongoCollection<Document> snapshots) {
        this.snapshots = snapshots;
    }

    void store(DomainEventMessage<?> snapshot, Serializer serializer) {
        Optional<Long> current = sequenceOf(snapshot.getAggregateIdentifier());
        if (current.isPresent() && current.get() >= snapshot.getSequenceNumber()) {
            return;
        }
        snapshots.replaceOne(Filters.eq(ID, snapshot.getAggregateIdentifier()),
                             CommitDocuments.snapshot(snapshot, serializer), new ReplaceOptions().upsert(true));
    }

    Stream<? extends DomainEventData<?>> read(String aggregateIdentifier) {
        Document snapshot = snapshots.find(Filters.eq(ID, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty()
                : Stream.of(domainEntry(snapshot.getString(SNAPSHOT_TYPE), aggregateIdentifier, snapshot));
    }

    /** The sequence number the aggregate's snapshot was taken at, if it has one. */
    Optional<Long> sequenceOf(String aggregateIdentifier) {
        Document snapshot = snapshots.find(Filters.eq(ID, aggregateIdentifier)).projection(Projections.include(SEQ))
                                     .first();
        return Optional.ofNullable(snapshot).map(found -> found.get(SEQ, Number.class).longValue());
    }
}

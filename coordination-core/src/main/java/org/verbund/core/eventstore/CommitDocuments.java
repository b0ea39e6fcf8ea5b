package org.verbund.core.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The documents of the event store, as {@link MongoCommitEventStorageEngine} describes them: a commit (its id, its
 * reserved positions, its events), a tombstone and a snapshot, and how their stored events become Axon's entries
 * again. The field names are short inside events because every event carries them.
 */
final class CommitDocuments {

    static final String ID = "_id";
    static final String FIRST = "first";
    static final String END = "end";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String FIRST_SEQ = "firstSeq";
    static final String LAST_SEQ = "lastSeq";
    static final String RECORDED_AT = "recordedAt";
    static final String EVENTS = "events";
    /**
     * The commit's event identifiers, once more at the top level: a unique multikey index on it keeps them unique
     * across commits. (The embedded server's sparse indexes do not see values inside arrays of documents, so
     * {@code events.id} cannot carry that index; tombstones, and commits stored before this field, have none.)
     */
    static final String EVENT_IDS = "eventIds";
    // fields of one event inside a commit, and of a snapshot
    static final String EVENT_ID = "id";
    static final String SEQ = "seq";
    static final String TIMESTAMP = "ts";
    static final String PAYLOAD_TYPE = "pt";
    static final String PAYLOAD_REVISION = "pr";
    static final String PAYLOAD = "p";
    static final String META_DATA = "m";
    static final String SNAPSHOT_TYPE = "type";

    private CommitDocuments() {
    }

    static String aggregateCommitId(String aggregateId, long firstSequenceNumber) {
        return "a:" + aggregateId + ":" + firstSequenceNumber;
    }

    static Document tombstone(long first, long end) {
        return new Document(ID, "t:" + end).append(FIRST, first).append(END, end);
    }

    /** The commit of {@code events}, which may change one aggregate only, with contiguous sequence numbers. */
    static PendingCommit commit(List<? extends EventMessage<?>> events, Serializer serializer) {
        String aggregateId = null;
        String aggregateType = null;
        long firstSeq = -1;
        long lastSeq = -1;
        List<Document> eventDocuments = new ArrayList<>(events.size());
        Set<String> eventIds = new LinkedHashSet<>();
        for (EventMessage<?> event : events) {
            if (!eventIds.add(event.getIdentifier())) {
                throw new DuplicateInCommit("Event identifier " + event.getIdentifier() + " occurs twice in one commit");
            }
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
                } else if (domainEvent.getSequenceNumber() <= lastSeq) {
                    throw new DuplicateInCommit("Sequence number " + domainEvent.getSequenceNumber() + " of aggregate "
                            + aggregateId + " is used twice in one commit");
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
        document.append(EVENT_IDS, List.copyOf(eventIds)).append(EVENTS, eventDocuments);
        return new PendingCommit(id, aggregateId, firstSeq, lastSeq, List.copyOf(eventIds), document);
    }

    /**
     * Two events of one commit claim the same key (event identifier, or aggregate and sequence number): the same
     * duplicate-key violation the store's unique indexes report between commits, found before anything is stored.
     */
    static final class DuplicateInCommit extends RuntimeException {
        DuplicateInCommit(String message) {
            super(message);
        }
    }

    /** A commit serialized and checked, before it is given its positions. */
    record PendingCommit(String id, String aggregateId, long firstSeq, long lastSeq, List<String> eventIds,
                         Document document) {
    }

    static Document snapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = snapshot.serializeMetaData(serializer, String.class);
        return new Document(ID, snapshot.getAggregateIdentifier())
                .append(SNAPSHOT_TYPE, snapshot.getType())
                .append(SEQ, snapshot.getSequenceNumber())
                .append(EVENT_ID, snapshot.getIdentifier())
                .append(TIMESTAMP, snapshot.getTimestamp().toString())
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(META_DATA, metaData.getData());
    }

    static DomainEventData<String> domainEntry(String type, String aggregateId, Document event) {
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
}

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
import java.util.List;

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

    /** A commit serialized and checked, before it is given its positions. */
    record PendingCommit(String id, String aggregateId, long firstSeq, long lastSeq, Document document) {
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

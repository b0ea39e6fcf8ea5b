package org.verbund.core.deadletter;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * One dead letter as an entry of its sequence's document: the event serialized by the application's
 * {@link Serializer} (Jackson; personal data stays encrypted as in the event store), its identity and position in
 * plain fields so that a listing never deserializes a payload, and the cause as type and a truncated message (never a
 * stack trace).
 */
final class LetterCodec {

    /** Exception messages are the handlers' own words; kept short, as a hint for the operator, not a log. */
    static final int CAUSE_MESSAGE_SIZE = 500;

    private final Serializer serializer;

    LetterCodec(Serializer serializer) {
        this.serializer = serializer;
    }

    Document encode(DeadLetter<? extends EventMessage<?>> letter, int retries) {
        EventMessage<?> message = letter.message();
        SerializedObject<String> payload = serializer.serialize(message.getPayload(), String.class);
        SerializedObject<String> metaData = serializer.serialize(message.getMetaData(), String.class);
        Document entry = new Document("eventId", message.getIdentifier())
                .append("eventType", payload.getType().getName())
                .append("revision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metaDataType", metaData.getType().getName())
                .append("metaData", metaData.getData())
                .append("timestamp", Date.from(message.getTimestamp()));
        if (message instanceof DomainEventMessage<?> domain) {
            entry.append("aggregateType", domain.getType())
                 .append("aggregateId", domain.getAggregateIdentifier())
                 .append("sequenceNumber", domain.getSequenceNumber());
        }
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            tracked.trackingToken().position().ifPresent(position -> entry.append("position", position));
        }
        letter.cause().ifPresent(cause -> entry.append("causeType", cause.type())
                                               .append("causeMessage", truncated(cause.message())));
        if (!letter.diagnostics().isEmpty()) {
            SerializedObject<String> diagnostics = serializer.serialize(letter.diagnostics(), String.class);
            entry.append("diagnostics", diagnostics.getData());
        }
        return entry.append("enqueuedAt", Date.from(letter.enqueuedAt()))
                    .append("lastTouched", Date.from(letter.lastTouched()))
                    .append("retries", retries);
    }

    /** The letter again, as a tracked event at its position when it had one (so updates it emits say where it was). */
    ParkedLetter decode(String sequence, Document entry) {
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(
                entry.getString("payload"), String.class, entry.getString("eventType"), entry.getString("revision")));
        MetaData metaData = metaData(entry.getString("metaDataType"), entry.getString("metaData"));
        GenericMessage<Object> delegate = new GenericMessage<>(entry.getString("eventId"), payload, metaData);
        Instant timestamp = entry.getDate("timestamp").toInstant();
        Long position = entry.getLong("position");
        EventMessage<?> message;
        if (entry.containsKey("aggregateId")) {
            String type = entry.getString("aggregateType");
            String aggregateId = entry.getString("aggregateId");
            long sequenceNumber = entry.getLong("sequenceNumber");
            message = position == null
                    ? new GenericDomainEventMessage<>(type, aggregateId, sequenceNumber, delegate, timestamp)
                    : new GenericTrackedDomainEventMessage<>(token(position), type, aggregateId, sequenceNumber,
                                                             delegate, () -> timestamp);
        } else {
            message = new GenericEventMessage<>(delegate, () -> timestamp);
        }
        Cause cause = entry.containsKey("causeType")
                ? new ThrowableCause(entry.getString("causeType"), entry.getString("causeMessage")) : null;
        MetaData diagnostics = entry.containsKey("diagnostics")
                ? metaData(MetaData.class.getName(), entry.getString("diagnostics")) : MetaData.emptyInstance();
        return new ParkedLetter(sequence, message, cause, entry.getDate("enqueuedAt").toInstant(),
                                entry.getDate("lastTouched").toInstant(), diagnostics, entry.getInteger("retries", 0));
    }

    /** What an operator sees of a letter: identity, position and cause; no payload, no metadata (personal data). */
    static DeadLetters.ParkedEvent view(Document entry) {
        return new DeadLetters.ParkedEvent(entry.getString("eventId"), simpleName(entry.getString("eventType")),
                                           entry.getString("aggregateType"), entry.getString("aggregateId"),
                                           entry.getLong("sequenceNumber"), entry.getLong("position"),
                                           entry.getString("causeType"), entry.getString("causeMessage"),
                                           entry.getDate("enqueuedAt").toInstant(),
                                           entry.getDate("lastTouched").toInstant(), entry.getInteger("retries", 0));
    }

    static List<Document> letters(Document sequence) {
        return sequence.getList("letters", Document.class, List.of());
    }

    private MetaData metaData(String type, String data) {
        Object read = serializer.deserialize(new SimpleSerializedObject<>(data, String.class, type, null));
        return read instanceof MetaData metaData ? metaData : MetaData.emptyInstance();
    }

    private static TrackingToken token(long position) {
        return GapAwareTrackingToken.newInstance(position, List.of());
    }

    private static String simpleName(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }

    private static String truncated(String message) {
        return message == null || message.length() <= CAUSE_MESSAGE_SIZE ? message
                : message.substring(0, CAUSE_MESSAGE_SIZE) + "…";
    }
}

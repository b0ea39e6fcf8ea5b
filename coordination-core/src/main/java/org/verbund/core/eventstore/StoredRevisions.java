package org.verbund.core.eventstore;

import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The global stream as processors read it (upcast and deserialized, exactly as {@code readEvents} gives it), each
 * event with the revision its payload was stored in. An upcaster changes the revision an event is read as, never what
 * was stored, and an auditor is shown both: what the store holds (and the audit tree covers) and what it now means.
 */
public final class StoredRevisions {

    /** An event as read, and the revision of its payload as stored (null where the engine does not tell). */
    public record ReadEvent(TrackedEventMessage<?> event, String storedRevision) {
    }

    private StoredRevisions() {
    }

    /** The events after {@code token}, as {@link EventStorageEngine#readEvents(TrackingToken, boolean)} reads them. */
    public static Stream<ReadEvent> readEvents(EventStorageEngine engine, TrackingToken token) {
        return engine instanceof MongoCommitEventStorageEngine ours
                ? ours.upcastAsStored(ours.readEventData(token, false))
                : engine.readEvents(token, false).map(event -> new ReadEvent(event, null));
    }

    /** Upcasts and deserializes {@code stored} as Axon does, pairing each event with its revision as stored. */
    static Stream<ReadEvent> upcast(Stream<? extends TrackedEventData<?>> stored, Serializer serializer,
                                    EventUpcaster upcasterChain) {
        // the revision is noted before upcasting and taken when the event comes out; an event identifier is unique,
        // and an upcaster keeps it, so the two are paired whatever the chain buffers
        Map<String, String> storedRevisions = new HashMap<>();
        Stream<? extends TrackedEventData<?>> noted = stored.peek(
                data -> storedRevisions.put(data.getEventIdentifier(), data.getPayload().getType().getRevision()));
        return EventUtils.upcastAndDeserializeTrackedEvents(noted, serializer, upcasterChain)
                         .map(event -> new ReadEvent(event, storedRevisions.remove(event.getIdentifier())));
    }
}

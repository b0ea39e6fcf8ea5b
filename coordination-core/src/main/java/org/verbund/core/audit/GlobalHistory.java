package org.verbund.core.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Revision;
import org.springframework.stereotype.Component;
import org.verbund.core.audit.api.NetworkHistoryEntry;
import org.verbund.core.eventstore.StoredRevisions;
import org.verbund.core.kernel.EffectiveDated;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The network's whole history in global order, read from the storage engine's global stream (batches of key
 * lookups, never a scan, and lazily: an export of any length holds one batch in memory).
 * <p>
 * Each event shows the revision it was stored in and the one it is read as: they differ where an upcaster reads an
 * older revision as the current one ({@link StoredRevisions}); the audit tree covers the former.
 * <p>
 * It is a history that only grows at its end: a position that is reserved but not yet visible (a commit in flight,
 * or one whose writer died before the gap timeout closes it) ends what is delivered, so that nothing can later
 * appear before an event a reader has already seen. A reader that pages on with the last position it got sees such
 * a commit once it is stored, or its tombstone once the gap timeout has passed.
 */
@Component
public class GlobalHistory {

    private final EventStorageEngine storage;

    public GlobalHistory(EventStorageEngine storage) {
        this.storage = storage;
    }

    /** The events after {@code position} (-1: from the first), in global order, up to the first unsettled one. */
    public Stream<NetworkHistoryEntry> after(long position) {
        Stream<StoredRevisions.ReadEvent> events = StoredRevisions.readEvents(
                storage, GapAwareTrackingToken.newInstance(position, Collections.emptySet()));
        Iterator<StoredRevisions.ReadEvent> all = events.iterator();
        Iterator<NetworkHistoryEntry> settled = new Iterator<>() {
            private StoredRevisions.ReadEvent next = advance();

            private StoredRevisions.ReadEvent advance() {
                if (!all.hasNext()) {
                    return null;
                }
                StoredRevisions.ReadEvent read = all.next();
                // a gap below this event: a lower position may still become visible, so stop before it
                return read.event().trackingToken() instanceof GapAwareTrackingToken token
                       && !token.getGaps().isEmpty() ? null : read;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public NetworkHistoryEntry next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                NetworkHistoryEntry entry = entry(next);
                next = advance();
                return entry;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(settled, Spliterator.ORDERED), false)
                            .onClose(events::close);
    }

    /** The entry of an event read with a token at its own position, with the revision it is stored in. */
    static NetworkHistoryEntry entry(StoredRevisions.ReadEvent read) {
        TrackedEventMessage<?> event = read.event();
        long position = ((GapAwareTrackingToken) event.trackingToken()).getIndex();
        Class<?> type = event.getPayloadType();
        Revision revision = type.getAnnotation(Revision.class);
        String readAs = revision == null ? null : revision.value();
        Object payload = event.getPayload();
        boolean ofAggregate = event instanceof DomainEventMessage<?>;
        return new NetworkHistoryEntry(position, contextOf(type), type.getSimpleName(),
                                       read.storedRevision() != null ? read.storedRevision() : readAs, readAs,
                                       ofAggregate ? ((DomainEventMessage<?>) event).getAggregateIdentifier() : null,
                                       ofAggregate ? ((DomainEventMessage<?>) event).getSequenceNumber() : -1,
                                       event.getTimestamp(),
                                       payload instanceof EffectiveDated dated ? dated.effectiveOn() : null,
                                       new TreeMap<>(event.getMetaData()));
    }

    /** {@code org.verbund.funding.api.X} is funding's; the core's own events are the network's. */
    private static String contextOf(Class<?> type) {
        String[] parts = type.getPackageName().split("\\.");
        if (parts.length < 3 || !"org".equals(parts[0]) || !"verbund".equals(parts[1])) {
            return "other";
        }
        return "core".equals(parts[2]) ? (parts.length > 3 ? parts[3] : "core") : parts[2];
    }
}

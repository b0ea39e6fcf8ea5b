package org.verbund.workshop.command;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.stereotype.Component;

import java.util.stream.Stream;

/**
 * Sets aside snapshots of a {@link Meeting} taken before revision 2 (when its agenda, attendance, outcomes, action
 * items and minutes became aggregate members): such a snapshot no longer fits the aggregate, and without it the
 * meeting is rebuilt from its events, which are unchanged. Snapshots are a cache; events are never touched here.
 */
@Component
class MeetingSnapshotUpcaster implements EventUpcaster {

    static final String CURRENT_REVISION = "2";

    @Override
    public Stream<IntermediateEventRepresentation> upcast(Stream<IntermediateEventRepresentation> representations) {
        return representations.filter(representation -> !isEarlierMeetingSnapshot(representation));
    }

    private static boolean isEarlierMeetingSnapshot(IntermediateEventRepresentation representation) {
        return representation.getType().getName().equals(Meeting.class.getName())
               && !CURRENT_REVISION.equals(representation.getType().getRevision());
    }
}

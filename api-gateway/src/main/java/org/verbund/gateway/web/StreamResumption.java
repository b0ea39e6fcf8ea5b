package org.verbund.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.verbund.core.eventstore.StorePositions;
import org.verbund.core.readmodel.HandledPositions;
import org.verbund.core.readmodel.ReadModelPositions;

import java.util.OptionalLong;
import java.util.Set;

/**
 * How a live stream starts: with a snapshot, or, for a client that reconnects with the id of the last message it
 * received ({@code Last-Event-ID}) and has missed nothing since, with no snapshot at all, only the next updates.
 *
 * <p>Updates are whole answers, so what happened since a position is summed up by one snapshot: resuming sends either
 * nothing (the read model has handled no event since the one whose answer the client saw last) or the current answer,
 * which is never more than the updates it replaces. "Nothing since" is known exactly only where this gateway has
 * seen its read model's processor handle that event ({@link HandledPositions}); anywhere else (another gateway's
 * stream, a restart, a read model answered by several groups, a replay) the client gets a snapshot.
 *
 * <p>A snapshot's id is the position of the event its read model handled last (or, not known, how far its processor
 * is); an update's is the position of the event that made it.
 */
@Component
public class StreamResumption {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    private final ReadModelPositions readModels;
    private final HandledPositions handled;
    private final StorePositions positions;

    public StreamResumption(ReadModelPositions readModels, HandledPositions handled, StorePositions positions) {
        this.readModels = readModels;
        this.handled = handled;
        this.positions = positions;
    }

    /** How a stream of {@code queryType} starts, for a client that last saw {@code resumeFrom} (or nothing). */
    record Start(boolean sendSnapshot, OptionalLong snapshotPosition) {
    }

    /** Decided after the stream's subscription is in place, so that nothing handled afterwards can be missed. */
    Start startFor(Class<?> queryType, OptionalLong resumeFrom) {
        Set<String> groups = readModels.groupsAnswering(queryType);
        OptionalLong lastHandled = groups.size() == 1 ? handled.lastHandled(groups.iterator().next())
                                                      : OptionalLong.empty();
        boolean missedNothing = resumeFrom.isPresent() && lastHandled.equals(resumeFrom);
        return new Start(!missedNothing, lastHandled.isPresent() ? lastHandled : lowestIndex(groups));
    }

    private OptionalLong lowestIndex(Set<String> groups) {
        return groups.stream().map(readModels::indexOf).filter(OptionalLong::isPresent)
                     .mapToLong(OptionalLong::getAsLong).min();
    }

    /** The id a reconnecting client sends: one a stream of this store sent, so a position it has handed out. */
    OptionalLong lastEventId(HttpServletRequest request) {
        return ReadYourWrites.handedOut(positions, LAST_EVENT_ID, request.getHeader(LAST_EVENT_ID),
                                        "must be the id of a message a stream of this gateway sent");
    }
}

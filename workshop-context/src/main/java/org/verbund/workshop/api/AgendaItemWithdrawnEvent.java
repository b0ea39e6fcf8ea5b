package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** An agenda item was withdrawn before the meeting. */
@Revision("1")
public record AgendaItemWithdrawnEvent(MeetingId meetingId, String itemId, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** An item was added to the agenda. */
@Revision("1")
public record AgendaItemAddedEvent(MeetingId meetingId, String itemId, String title, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** The minutes were drafted. */
@Revision("1")
public record MinutesDraftedEvent(MeetingId meetingId, String text, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A scheduled meeting was moved. */
@Revision("1")
public record MeetingRescheduledEvent(MeetingId meetingId, LocalDateTime startsAt, String place, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** The meeting took place. */
@Revision("1")
public record MeetingHeldEvent(MeetingId meetingId, WorkingGroupId groupId, LocalDate effectiveOn) implements EffectiveDated {
}

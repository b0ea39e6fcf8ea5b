package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** A scheduled meeting was cancelled. */
@Revision("1")
public record MeetingCancelledEvent(MeetingId meetingId, WorkingGroupId groupId, LocalDate effectiveOn) implements EffectiveDated {
}

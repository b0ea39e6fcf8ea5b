package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** The working group was constituted at this meeting. */
@Revision("1")
public record WorkingGroupConstitutedEvent(WorkingGroupId groupId, MeetingId constituentMeeting, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** A correction of the minutes was approved. */
@Revision("1")
public record MinutesCorrectionApprovedEvent(MeetingId meetingId, WorkingGroupId groupId, String correctionId, MinutesApproval approvedAt, MeetingId atMeeting, LocalDate effectiveOn) implements EffectiveDated {
}

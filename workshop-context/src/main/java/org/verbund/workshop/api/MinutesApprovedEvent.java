package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** The minutes were approved with this text and are frozen. */
@Revision("1")
public record MinutesApprovedEvent(MeetingId meetingId, WorkingGroupId groupId, MinutesApproval approvedAt, MeetingId atMeeting, String text, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Approves the draft minutes (by the leading organisation, or at the next meeting); they are frozen afterwards. */
public record ApproveMinutesCommand(@TargetAggregateIdentifier MeetingId meetingId, MinutesApproval approvedAt, MeetingId atMeeting, LocalDate effectiveOn) {
}

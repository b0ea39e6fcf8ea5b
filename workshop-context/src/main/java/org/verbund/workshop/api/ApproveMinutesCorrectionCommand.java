package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Approves a proposed correction of the minutes. */
public record ApproveMinutesCorrectionCommand(@TargetAggregateIdentifier MeetingId meetingId, String correctionId, MinutesApproval approvedAt, MeetingId atMeeting, LocalDate effectiveOn) {
}

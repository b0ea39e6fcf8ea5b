package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Records that a scheduled meeting took place (from then on its outcomes are recorded). */
public record HoldMeetingCommand(@TargetAggregateIdentifier MeetingId meetingId, LocalDate effectiveOn) {
}

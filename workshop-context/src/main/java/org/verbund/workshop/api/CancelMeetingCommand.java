package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Cancels a scheduled meeting. */
public record CancelMeetingCommand(@TargetAggregateIdentifier MeetingId meetingId, LocalDate effectiveOn) {
}

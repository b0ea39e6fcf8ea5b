package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Moves a scheduled meeting. */
public record RescheduleMeetingCommand(@TargetAggregateIdentifier MeetingId meetingId, LocalDateTime startsAt, String place, LocalDate effectiveOn) {
}

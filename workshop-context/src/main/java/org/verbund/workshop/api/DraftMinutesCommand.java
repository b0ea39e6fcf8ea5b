package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Drafts the minutes of a meeting that was held. */
public record DraftMinutesCommand(@TargetAggregateIdentifier MeetingId meetingId, String text, LocalDate effectiveOn) {
}

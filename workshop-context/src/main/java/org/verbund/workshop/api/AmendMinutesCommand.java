package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The sender's organisation, which attended, amends the draft minutes (the text is the whole new draft). */
public record AmendMinutesCommand(@TargetAggregateIdentifier MeetingId meetingId, String amendmentId, String text, LocalDate effectiveOn) {
}

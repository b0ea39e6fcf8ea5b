package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Proposes a correction of approved minutes: {@code corrects} is "minutes" or an earlier correction's id, {@code passage} what is wrong, {@code text} what is right. */
public record ProposeMinutesCorrectionCommand(@TargetAggregateIdentifier MeetingId meetingId, String correctionId, String corrects, String passage, String text, LocalDate effectiveOn) {
}

package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Records a challenge the meeting identified. */
public record IdentifyChallengeCommand(@TargetAggregateIdentifier MeetingId meetingId, String challengeId, String text, LocalDate effectiveOn) {
}

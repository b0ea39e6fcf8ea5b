package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;
import java.util.List;

/** Records a solution strategy and the challenges it addresses (identified in this meeting or earlier in its series). */
public record ProposeStrategyCommand(@TargetAggregateIdentifier MeetingId meetingId, String strategyId, String text, List<String> addressesChallenges, LocalDate effectiveOn) {
}

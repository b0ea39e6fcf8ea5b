package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Moves a goal: proposed to agreed, agreed to achieved, or either to dropped. */
public record ChangeGoalCommand(@TargetAggregateIdentifier PartnershipId partnershipId, String goalId, GoalState state, LocalDate effectiveOn) {
}

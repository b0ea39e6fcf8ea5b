package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Proposes a goal of the partnership. */
public record ProposeGoalCommand(@TargetAggregateIdentifier PartnershipId partnershipId, String goalId, String text, LocalDate effectiveOn) {
}

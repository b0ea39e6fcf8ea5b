package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Starts an approved project. */
public record StartFundedProjectCommand(@TargetAggregateIdentifier FundingApplicationId applicationId, LocalDate effectiveOn) {
}

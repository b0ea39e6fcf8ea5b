package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Closes an approved or running project. */
public record CloseFundedProjectCommand(@TargetAggregateIdentifier FundingApplicationId applicationId, LocalDate effectiveOn) {
}

package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records that the funder rejected the application. */
public record RejectFundingApplicationCommand(@TargetAggregateIdentifier FundingApplicationId applicationId, LocalDate effectiveOn) {
}

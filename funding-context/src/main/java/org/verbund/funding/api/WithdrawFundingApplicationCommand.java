package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Withdraws an application that was not yet decided. */
public record WithdrawFundingApplicationCommand(@TargetAggregateIdentifier FundingApplicationId applicationId, LocalDate effectiveOn) {
}

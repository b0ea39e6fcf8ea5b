package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records that the funder promised approval (Bewilligung in Aussicht gestellt). */
public record PromiseFundingApprovalCommand(@TargetAggregateIdentifier FundingApplicationId applicationId, LocalDate effectiveOn) {
}

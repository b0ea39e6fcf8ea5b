package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.Money;

import java.time.LocalDate;

/** Records the funder's approval; the approved amount defaults to the requested one when null. */
public record ApproveFundingApplicationCommand(@TargetAggregateIdentifier FundingApplicationId applicationId, Money approvedAmount, LocalDate effectiveOn) {
}

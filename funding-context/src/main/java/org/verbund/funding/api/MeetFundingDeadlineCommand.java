package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records that a deadline was met, e.g. that the statement of use was handed in. */
public record MeetFundingDeadlineCommand(@TargetAggregateIdentifier FundingApplicationId applicationId, String key,
                                         LocalDate effectiveOn) {
}

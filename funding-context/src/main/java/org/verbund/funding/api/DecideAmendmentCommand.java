package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records the funder's decision on a proposed amendment. Approved: {@code approved} holds the approved values for the
 * proposed parts (a null part is approved as proposed); refused: {@code approved} is ignored.
 */
public record DecideAmendmentCommand(@TargetAggregateIdentifier FundingApplicationId applicationId,
                                     AmendmentId amendmentId, boolean approve, AmendmentValues approved,
                                     LocalDate effectiveOn) {
}

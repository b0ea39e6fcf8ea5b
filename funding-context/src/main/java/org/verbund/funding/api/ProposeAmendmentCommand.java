package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Proposes to change a running project's amount, period or partners (Änderungsantrag). */
public record ProposeAmendmentCommand(@TargetAggregateIdentifier FundingApplicationId applicationId,
                                      AmendmentId amendmentId, AmendmentValues proposed, LocalDate effectiveOn) {
}

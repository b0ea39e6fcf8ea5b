package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records that the funder allowed work to begin before the approval ("Ausnahme vom Verbot des vorzeitigen
 * Maßnahmebeginns"), granted on {@code effectiveOn}. Possible only while the application is not yet decided.
 */
public record RecordEarlyStartExemptionCommand(@TargetAggregateIdentifier FundingApplicationId applicationId,
                                               LocalDate effectiveOn) {
}

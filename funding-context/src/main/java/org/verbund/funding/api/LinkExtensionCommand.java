package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records on a project that {@code extensionId} continues it; sent when the extension is drafted. */
public record LinkExtensionCommand(@TargetAggregateIdentifier FundingApplicationId applicationId,
                                   FundingApplicationId extensionId, LocalDate effectiveOn) {
}

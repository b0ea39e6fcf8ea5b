package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.Money;

import java.time.LocalDate;
import java.util.List;

/** Sets (or replaces) the financing plan; refused unless its lines add up exactly to {@code totalCost}. */
public record SetFinancingPlanCommand(@TargetAggregateIdentifier FundingApplicationId applicationId, Money totalCost,
                                      List<FinancingLine> lines, LocalDate effectiveOn) {
}

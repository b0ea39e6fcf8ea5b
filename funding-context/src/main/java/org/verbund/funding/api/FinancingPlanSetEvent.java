package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.Money;

import java.time.LocalDate;
import java.util.List;

/** The financing plan: its lines (rates resolved to amounts) add up exactly to the total cost. */
@Revision("1")
public record FinancingPlanSetEvent(FundingApplicationId applicationId, Money totalCost, List<FinancingLine> lines,
                                    LocalDate effectiveOn) implements EffectiveDated {
}

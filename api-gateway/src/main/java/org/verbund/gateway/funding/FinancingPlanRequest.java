package org.verbund.gateway.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.core.kernel.Money;
import org.verbund.funding.api.FinancingLine;
import org.verbund.funding.api.FinancingSource;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.SetFinancingPlanCommand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** The financing plan: lines per funder level and own funds, each an amount or a rate of the total cost. */
public record FinancingPlanRequest(@NotNull Money totalCost,
                                   @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull Line> lines,
                                   LocalDate effectiveOn, @Size(max = 1000) String reason) {

    public record Line(@NotNull FinancingSource source, @Size(max = 200) String label, Money amount,
                       BigDecimal ratePercent) {
    }

    SetFinancingPlanCommand toCommand(String applicationId) {
        return new SetFinancingPlanCommand(new FundingApplicationId(applicationId), totalCost, lines.stream()
                .map(line -> new FinancingLine(line.source(), line.label(), line.amount(), line.ratePercent()))
                .toList(), orToday(effectiveOn));
    }
}

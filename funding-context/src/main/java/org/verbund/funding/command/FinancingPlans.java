package org.verbund.funding.command;

import org.verbund.core.kernel.Money;
import org.verbund.funding.api.FinancingLine;
import org.verbund.funding.api.FundingRule;

import java.math.BigDecimal;
import java.util.List;

/** The financing plan's rules: every line an amount or a rate, and the lines add up exactly to the total cost. */
final class FinancingPlans {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** @return the lines with each rate resolved to its amount (half-up to the cent), if the plan holds */
    static List<FinancingLine> resolve(Money totalCost, List<FinancingLine> lines) {
        if (totalCost == null || totalCost.amount().signum() <= 0) {
            throw FundingRule.PLAN_TOTAL_COST_REQUIRED.violation("A financing plan needs a total cost above zero");
        }
        if (lines == null || lines.isEmpty()) {
            throw FundingRule.PLAN_LINES_REQUIRED.violation("A financing plan needs lines");
        }
        List<FinancingLine> resolved = lines.stream().map(line -> resolve(totalCost, line)).toList();
        Money sum = resolved.stream().map(FinancingLine::amount).reduce(Money.ZERO, Money::plus);
        if (sum.compareTo(totalCost) != 0) {
            throw FundingRule.PLAN_DOES_NOT_ADD_UP.violation("The lines add up to " + sum + " but the total cost is "
                                                             + totalCost + " (difference " + totalCost.minus(sum)
                                                             + ")");
        }
        return resolved;
    }

    private static FinancingLine resolve(Money totalCost, FinancingLine line) {
        if (line.source() == null) {
            throw FundingRule.PLAN_SOURCE_REQUIRED.violation(
                    "Every line names its source (a funder level or OWN_FUNDS)");
        }
        if ((line.amount() == null) == (line.ratePercent() == null)) {
            throw FundingRule.PLAN_AMOUNT_OR_RATE.violation("Every line has either an amount or a rate, not both");
        }
        if (line.amount() != null) {
            if (line.amount().isNegative()) {
                throw FundingRule.PLAN_NEGATIVE_AMOUNT.violation("A line's amount cannot be negative");
            }
            return line;
        }
        BigDecimal rate = line.ratePercent();
        if (rate.signum() <= 0 || rate.compareTo(HUNDRED) > 0) {
            throw FundingRule.PLAN_RATE_OUT_OF_RANGE.violation(
                    "A rate is a percentage above 0 and at most 100, not " + rate);
        }
        return new FinancingLine(line.source(), line.label(),
                                 totalCost.times(rate.divide(HUNDRED)), rate);
    }

    private FinancingPlans() {
    }
}

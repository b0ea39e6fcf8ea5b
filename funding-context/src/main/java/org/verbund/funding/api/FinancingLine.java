package org.verbund.funding.api;

import org.verbund.core.kernel.Money;

import java.math.BigDecimal;

/**
 * One line of a financing plan: an amount, or a rate in percent of the project's total cost (then {@code amount} is
 * what the rate comes to, rounded half-up to the cent, once the plan is accepted).
 */
public record FinancingLine(FinancingSource source, String label, Money amount, BigDecimal ratePercent) {
}

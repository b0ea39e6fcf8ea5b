package org.verbund.funding.api;

import org.verbund.core.kernel.Money;

import java.time.YearMonth;
import java.util.List;

/**
 * The monthly instalments of a degressive co-funding: {@code monthlyRate} per month, the funder paying each band's
 * share, starting in {@code firstMonth}. Answered with a {@link DegressiveSchedule}.
 */
public record CalculateDegressiveScheduleQuery(Money monthlyRate, List<FundingBand> bands, YearMonth firstMonth) {
}

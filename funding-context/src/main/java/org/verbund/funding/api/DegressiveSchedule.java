package org.verbund.funding.api;

import org.verbund.core.kernel.Money;

import java.time.YearMonth;
import java.util.List;

/**
 * A degressive schedule, month by month and summed up. Every total is the exact sum of its months.
 *
 * @param months          each month: the funder's part (rounded half-up to the cent) and the own share (the rest)
 * @param bands           the totals of each band, in order
 * @param calendarYears   the totals of each calendar year touched (the first and last may be partial)
 * @param funded          what the funder pays in all
 * @param ownShare        what the employer or carrier pays in all
 */
public record DegressiveSchedule(List<Instalment> months, List<Total> bands, List<YearTotal> calendarYears,
                                 Money funded, Money ownShare) {

    public record Instalment(YearMonth month, Money funded, Money ownShare) {
    }

    public record Total(int months, Money funded, Money ownShare) {
    }

    public record YearTotal(int year, int months, Money funded, Money ownShare) {
    }
}

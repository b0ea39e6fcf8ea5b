package org.verbund.funding.command;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.verbund.core.kernel.Money;
import org.verbund.funding.api.CalculateDegressiveScheduleQuery;
import org.verbund.funding.api.DegressiveSchedule;
import org.verbund.funding.api.FundingBand;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Degressive co-funding (the report's dual study programme: 2,457.50 EUR a month, the state paying 70 %, 60 %, 50 %,
 * 40 % in four 12-month bands). Each month's funded part is rounded half-up to the cent; the own share is the exact
 * rest; every total is summed from the months, so the totals always add up.
 */
@Component
class DegressiveScheduleCalculator {

    @QueryHandler
    DegressiveSchedule handle(CalculateDegressiveScheduleQuery query) {
        return calculate(query.monthlyRate(), query.bands(), query.firstMonth());
    }

    DegressiveSchedule calculate(Money monthlyRate, List<FundingBand> bands, YearMonth firstMonth) {
        if (monthlyRate.isNegative()) {
            throw new IllegalArgumentException("A monthly rate is not negative: " + monthlyRate);
        }
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("A schedule has at least one band");
        }
        List<DegressiveSchedule.Instalment> months = new ArrayList<>();
        List<DegressiveSchedule.Total> bandTotals = new ArrayList<>();
        Map<Integer, DegressiveSchedule.YearTotal> years = new LinkedHashMap<>();
        YearMonth month = firstMonth;
        for (FundingBand band : bands) {
            Money bandFunded = Money.ZERO;
            Money bandOwn = Money.ZERO;
            for (int i = 0; i < band.months(); i++) {
                Money funded = monthlyRate.times(band.fundedShare());
                Money own = monthlyRate.minus(funded);
                months.add(new DegressiveSchedule.Instalment(month, funded, own));
                bandFunded = bandFunded.plus(funded);
                bandOwn = bandOwn.plus(own);
                years.merge(month.getYear(), new DegressiveSchedule.YearTotal(month.getYear(), 1, funded, own),
                            (sum, one) -> new DegressiveSchedule.YearTotal(sum.year(), sum.months() + 1,
                                                                           sum.funded().plus(one.funded()),
                                                                           sum.ownShare().plus(one.ownShare())));
                month = month.plusMonths(1);
            }
            bandTotals.add(new DegressiveSchedule.Total(band.months(), bandFunded, bandOwn));
        }
        Money funded = months.stream().map(DegressiveSchedule.Instalment::funded).reduce(Money.ZERO, Money::plus);
        Money own = months.stream().map(DegressiveSchedule.Instalment::ownShare).reduce(Money.ZERO, Money::plus);
        return new DegressiveSchedule(months, bandTotals, new ArrayList<>(years.values()), funded, own);
    }
}

package org.verbund.funding.command;

import org.junit.jupiter.api.Test;
import org.verbund.core.kernel.Money;
import org.verbund.funding.api.DegressiveSchedule;
import org.verbund.funding.api.FundingBand;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DegressiveScheduleTest {

    private static final Money MONTHLY_RATE = Money.of("2457.50");
    private static final List<FundingBand> REPORT_BANDS = List.of(
            new FundingBand(12, new BigDecimal("0.70")), new FundingBand(12, new BigDecimal("0.60")),
            new FundingBand(12, new BigDecimal("0.50")), new FundingBand(12, new BigDecimal("0.40")));

    private final DegressiveScheduleCalculator calculator = new DegressiveScheduleCalculator();

    @Test
    void reproducesTheReportsDualStudyFunding() {
        DegressiveSchedule schedule = calculator.calculate(MONTHLY_RATE, REPORT_BANDS, YearMonth.of(2014, 1));

        assertThat(schedule.bands()).extracting(DegressiveSchedule.Total::funded).containsExactly(
                Money.of("20643.00"), Money.of("17694.00"), Money.of("14745.00"), Money.of("11796.00"));
        assertThat(schedule.funded()).isEqualTo(Money.of("64878.00"));
        assertThat(schedule.ownShare()).isEqualTo(Money.of("53082.00"));
        assertThat(schedule.months()).hasSize(48);
        assertThat(schedule.months().get(0).funded()).isEqualTo(Money.of("1720.25"));
        assertThat(schedule.months().get(47).month()).isEqualTo(YearMonth.of(2017, 12));
        assertThat(schedule.calendarYears()).extracting(DegressiveSchedule.YearTotal::funded)
                                            .containsExactly(Money.of("20643.00"), Money.of("17694.00"),
                                                             Money.of("14745.00"), Money.of("11796.00"));
    }

    @Test
    void aScheduleStartingInAutumnHasPartialFirstAndLastCalendarYears() {
        // the winter-semester cohorts started in October
        DegressiveSchedule schedule = calculator.calculate(MONTHLY_RATE, REPORT_BANDS, YearMonth.of(2014, 10));

        assertThat(schedule.calendarYears()).extracting(DegressiveSchedule.YearTotal::year)
                                            .containsExactly(2014, 2015, 2016, 2017, 2018);
        assertThat(schedule.calendarYears()).extracting(DegressiveSchedule.YearTotal::months)
                                            .containsExactly(3, 12, 12, 12, 9);
        // 2014: three months at 70 %; 2015: nine at 70 % and three at 60 %
        assertThat(schedule.calendarYears().get(0).funded()).isEqualTo(Money.of("5160.75"));
        assertThat(schedule.calendarYears().get(1).funded()).isEqualTo(Money.of("19905.75"));
        assertThat(schedule.calendarYears().stream().map(DegressiveSchedule.YearTotal::funded)
                           .reduce(Money.ZERO, Money::plus)).isEqualTo(Money.of("64878.00"));
        assertThat(schedule.funded()).isEqualTo(Money.of("64878.00"));
    }

    @Test
    void oneBandIsAFlatRate() {
        DegressiveSchedule schedule = calculator.calculate(Money.of("1000.00"),
                List.of(new FundingBand(6, new BigDecimal("0.9"))), YearMonth.of(2017, 3));

        assertThat(schedule.bands()).hasSize(1);
        assertThat(schedule.funded()).isEqualTo(Money.of("5400.00"));
        assertThat(schedule.ownShare()).isEqualTo(Money.of("600.00"));
    }

    @Test
    void roundsEachMonthHalfUpAndTheTotalsAreTheSumsOfTheMonths() {
        // 333.33 x 1/3 = 111.11 exactly to the cent only after rounding: 111.109999... -> 111.11
        DegressiveSchedule schedule = calculator.calculate(Money.of("333.33"),
                List.of(new FundingBand(3, new BigDecimal("0.333333")), new FundingBand(2, new BigDecimal("0.125"))),
                YearMonth.of(2016, 11));

        assertThat(schedule.months().get(0).funded()).isEqualTo(Money.of("111.11"));
        assertThat(schedule.months().get(0).ownShare()).isEqualTo(Money.of("222.22"));
        assertThat(schedule.months().get(3).funded()).as("41.66625 rounds half-up").isEqualTo(Money.of("41.67"));
        assertThat(schedule.funded()).isEqualTo(Money.of("416.67"));
        assertThat(schedule.funded().plus(schedule.ownShare())).isEqualTo(Money.of("1666.65"));
        assertThat(schedule.bands().get(0).funded().plus(schedule.bands().get(1).funded()))
                .isEqualTo(schedule.funded());
    }

    @Test
    void refusesNegativeRatesAndEmptySchedules() {
        assertThatThrownBy(() -> calculator.calculate(Money.of("-1.00"), REPORT_BANDS, YearMonth.of(2014, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calculator.calculate(MONTHLY_RATE, List.of(), YearMonth.of(2014, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FundingBand(12, new BigDecimal("1.5")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

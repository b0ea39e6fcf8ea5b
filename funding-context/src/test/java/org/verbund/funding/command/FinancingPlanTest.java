package org.verbund.funding.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.FinancingLine;
import org.verbund.funding.api.FinancingPlanSetEvent;
import org.verbund.funding.api.FinancingSource;
import org.verbund.funding.api.SetFinancingPlanCommand;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbund.funding.command.FundingApplicationFixture.ID;
import static org.verbund.funding.command.FundingApplicationFixture.ON;
import static org.verbund.funding.command.FundingApplicationFixture.historyUpTo;

/** The financing plan's sum rule: the lines add up exactly to the total cost, to the cent. */
class FinancingPlanTest {

    /** One funded student of the dual study programme: 48 months of 2,457.50 EUR. */
    private static final Money STUDENT = Money.of("117960.00");

    private static FinancingLine amount(FinancingSource source, String amount) {
        return new FinancingLine(source, null, Money.of(amount), null);
    }

    private static FinancingLine rate(FinancingSource source, String percent) {
        return new FinancingLine(source, null, null, new BigDecimal(percent));
    }

    private static String codeOf(Runnable plan) {
        try {
            plan.run();
        } catch (RuleViolation violation) {
            return violation.code();
        }
        throw new AssertionError("the plan was accepted");
    }

    @Test
    void linesThatAddUpExactlyAreAccepted() {
        List<FinancingLine> lines = FinancingPlans.resolve(STUDENT, List.of(
                amount(FinancingSource.STATE, "64878.00"), amount(FinancingSource.OWN_FUNDS, "53082.00")));
        assertThat(lines).extracting(FinancingLine::amount)
                         .containsExactly(Money.of("64878.00"), Money.of("53082.00"));
    }

    @Test
    void aPlanOneCentShortIsRefusedAndSaysByHowMuch() {
        assertThatThrownBy(() -> FinancingPlans.resolve(STUDENT, List.of(
                amount(FinancingSource.STATE, "64878.00"), amount(FinancingSource.OWN_FUNDS, "53081.99"))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("difference 0.01");
    }

    @Test
    void aPlanOneCentOverIsRefused() {
        assertThat(codeOf(() -> FinancingPlans.resolve(STUDENT, List.of(
                amount(FinancingSource.STATE, "64878.01"), amount(FinancingSource.OWN_FUNDS, "53082.00")))))
                .isEqualTo("financing-plan.does-not-add-up");
    }

    @Test
    void ratesResolveToCentsOfTheTotalAndMixWithAmounts() {
        List<FinancingLine> lines = FinancingPlans.resolve(Money.of("1000.00"), List.of(
                rate(FinancingSource.EU, "50"), rate(FinancingSource.STATE, "33.33"),
                amount(FinancingSource.OWN_FUNDS, "166.70")));
        assertThat(lines).extracting(FinancingLine::amount)
                         .containsExactly(Money.of("500.00"), Money.of("333.30"), Money.of("166.70"));
        assertThat(lines.get(1).ratePercent()).isEqualByComparingTo("33.33");
    }

    @Test
    void ratesThatDoNotComeToTheTotalAfterRoundingAreRefused() {
        // three thirds of 100.00 round to 33.33 each: 99.99
        assertThat(codeOf(() -> FinancingPlans.resolve(Money.of("100.00"), List.of(
                rate(FinancingSource.EU, "33.333"), rate(FinancingSource.STATE, "33.333"),
                rate(FinancingSource.OWN_FUNDS, "33.334")))))
                .isEqualTo("financing-plan.does-not-add-up");
    }

    @Test
    void aLineIsNotBothAnAmountAndARate() {
        assertThat(codeOf(() -> FinancingPlans.resolve(STUDENT, List.of(
                new FinancingLine(FinancingSource.STATE, null, STUDENT, BigDecimal.TEN)))))
                .isEqualTo("financing-plan.amount-or-rate");
    }

    @Test
    void aLineIsAnAmountOrARate() {
        assertThat(codeOf(() -> FinancingPlans.resolve(STUDENT, List.of(
                new FinancingLine(FinancingSource.STATE, null, null, null)))))
                .isEqualTo("financing-plan.amount-or-rate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"101", "0"})
    void aRateIsAbove0AndAtMost100(String percent) {
        assertThat(codeOf(() -> FinancingPlans.resolve(STUDENT, List.of(rate(FinancingSource.STATE, percent)))))
                .isEqualTo("financing-plan.rate-out-of-range");
    }

    @Test
    void anAmountIsNotNegative() {
        assertThat(codeOf(() -> FinancingPlans.resolve(STUDENT, List.of(
                amount(FinancingSource.STATE, "-1.00"), amount(FinancingSource.OWN_FUNDS, "117961.00")))))
                .isEqualTo("financing-plan.negative-amount");
    }

    @Test
    void everyLineNamesItsSource() {
        assertThat(codeOf(() -> FinancingPlans.resolve(STUDENT, List.of(
                new FinancingLine(null, null, STUDENT, null)))))
                .isEqualTo("financing-plan.source-required");
    }

    @Test
    void aPlanHasLines() {
        assertThat(codeOf(() -> FinancingPlans.resolve(STUDENT, List.of())))
                .isEqualTo("financing-plan.lines-required");
    }

    @Test
    void aPlanHasATotalCostAboveZero() {
        assertThat(codeOf(() -> FinancingPlans.resolve(Money.ZERO, List.of(amount(FinancingSource.STATE, "0.00")))))
                .isEqualTo("financing-plan.total-cost-required");
    }

    @Test
    void theApplicationRecordsTheResolvedPlan() {
        FundingApplicationFixture.newFixture().given(historyUpTo(ApplicationStatus.DRAFT))
               .when(new SetFinancingPlanCommand(ID, STUDENT, List.of(
                       rate(FinancingSource.STATE, "55"), amount(FinancingSource.OWN_FUNDS, "53082.00")), ON))
               .expectEvents(new FinancingPlanSetEvent(ID, STUDENT, List.of(
                       new FinancingLine(FinancingSource.STATE, null, Money.of("64878.00"), new BigDecimal("55")),
                       amount(FinancingSource.OWN_FUNDS, "53082.00")), ON));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"CLOSED", "REJECTED", "WITHDRAWN"})
    void anApplicationThatHasEndedKeepsItsPlan(ApplicationStatus ended) {
        FundingApplicationFixture.newFixture().given(historyUpTo(ended))
               .when(new SetFinancingPlanCommand(ID, STUDENT, List.of(amount(FinancingSource.STATE, "117960.00")), ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void theApplicationRefusesAPlanThatDoesNotAddUp() {
        FundingApplicationFixture.newFixture().given(historyUpTo(ApplicationStatus.RUNNING))
               .when(new SetFinancingPlanCommand(ID, STUDENT, List.of(amount(FinancingSource.STATE, "117959.99")), ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }
}

package org.verbund.funding.command;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.Period;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.ApproveFundingApplicationCommand;
import org.verbund.funding.api.DraftFundingApplicationCommand;
import org.verbund.funding.api.EarlyStartExemptionGrantedEvent;
import org.verbund.funding.api.FundingApplicationApprovedEvent;
import org.verbund.funding.api.RecordEarlyStartExemptionCommand;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbund.funding.command.FundingApplicationFixture.ID;
import static org.verbund.funding.command.FundingApplicationFixture.ON;
import static org.verbund.funding.command.FundingApplicationFixture.command;
import static org.verbund.funding.command.FundingApplicationFixture.draft;
import static org.verbund.funding.command.FundingApplicationFixture.drafted;
import static org.verbund.funding.command.FundingApplicationFixture.event;
import static org.verbund.funding.command.FundingApplicationFixture.historyUpTo;

class FundingApplicationTest {

    private FixtureConfiguration<FundingApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = FundingApplicationFixture.newFixture();
    }

    @Test
    void refusesADraftForAnUnknownProgramme() {
        DraftFundingApplicationCommand valid = draft();
        fixture.givenNoPriorActivity()
               .when(new DraftFundingApplicationCommand(ID, new org.verbund.funding.api.FundingProgrammeId("nope"),
                       valid.title(), valid.leadApplicant(), valid.partners(), valid.requestedAmount(),
                       valid.period(), valid.positions(), valid.leadAttribution(), ON))
               .expectException(RuleViolation.class).expectExceptionMessage("There is no funding programme nope")
               .expectNoEvents();
    }

    @Test
    void draftsAnApplication() {
        fixture.givenNoPriorActivity().when(draft()).expectEvents(drafted());
    }

    @Test
    void refusesADraftWithoutTitle() {
        DraftFundingApplicationCommand valid = draft();
        fixture.givenNoPriorActivity()
               .when(new DraftFundingApplicationCommand(ID, valid.programmeId(), " ", valid.leadApplicant(),
                       valid.partners(), valid.requestedAmount(), valid.period(), valid.positions(),
                       valid.leadAttribution(), ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void refusesADraftWithANegativeAmount() {
        DraftFundingApplicationCommand valid = draft();
        fixture.givenNoPriorActivity()
               .when(new DraftFundingApplicationCommand(ID, valid.programmeId(), valid.title(), valid.leadApplicant(),
                       valid.partners(), Money.of("-1.00"), valid.period(), valid.positions(),
                       valid.leadAttribution(), ON))
               .expectException(RuleViolation.class).expectExceptionMessage("The requested amount cannot be negative")
               .expectNoEvents();
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Period(LocalDate.of(2018, 1, 1), LocalDate.of(2017, 12, 31)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("before it starts");
    }

    static Stream<Arguments> allowedTransitions() {
        return Arrays.stream(FundingApplication.Transition.values())
                     .flatMap(transition -> transition.from.stream().map(status -> Arguments.of(transition, status)));
    }

    static Stream<Arguments> refusedTransitions() {
        return Arrays.stream(FundingApplication.Transition.values())
                     .flatMap(transition -> Arrays.stream(ApplicationStatus.values())
                                                  .filter(status -> !transition.from.contains(status))
                                                  .map(status -> Arguments.of(transition, status)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("allowedTransitions")
    void everyAllowedTransitionIsItsOwnEvent(FundingApplication.Transition transition, ApplicationStatus from) {
        fixture.given(historyUpTo(from)).when(command(transition)).expectEvents(event(transition));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("refusedTransitions")
    void everyOtherTransitionIsRefusedWithTheRuleCode(FundingApplication.Transition transition,
                                                      ApplicationStatus from) {
        fixture.given(historyUpTo(from))
               .when(command(transition))
               .expectException(RuleViolation.class)
               .expectException(org.hamcrest.Matchers.hasProperty("message",
                       org.hamcrest.Matchers.containsString("that is " + from)))
               .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"DRAFT", "SUBMITTED", "APPROVAL_PROMISED"})
    void anEarlyStartIsAllowedBeforeTheDecision(ApplicationStatus status) {
        fixture.given(historyUpTo(status))
               .when(new RecordEarlyStartExemptionCommand(ID, ON))
               .expectEvents(new EarlyStartExemptionGrantedEvent(ID, ON));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"DRAFT", "SUBMITTED", "APPROVAL_PROMISED"},
                mode = EnumSource.Mode.EXCLUDE)
    void anEarlyStartIsNotAllowedAfterTheDecision(ApplicationStatus status) {
        fixture.given(historyUpTo(status))
               .when(new RecordEarlyStartExemptionCommand(ID, ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void anEarlyStartIsNotAllowedTwice() {
        fixture.given(drafted(), new EarlyStartExemptionGrantedEvent(ID, ON))
               .when(new RecordEarlyStartExemptionCommand(ID, ON))
               .expectException(RuleViolation.class).expectExceptionMessage("The early start was allowed already")
               .expectNoEvents();
    }

    @Test
    void anApprovalMayGrantLessThanRequested() {
        fixture.given(historyUpTo(ApplicationStatus.APPROVAL_PROMISED))
               .when(new ApproveFundingApplicationCommand(ID, Money.of("70000.00"), ON))
               .expectEvents(new FundingApplicationApprovedEvent(ID, Money.of("70000.00"), ON));
    }
}

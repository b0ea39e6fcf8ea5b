package org.verbund.funding.command;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.funding.api.AmendmentApprovedEvent;
import org.verbund.funding.api.AmendmentId;
import org.verbund.funding.api.AmendmentProposedEvent;
import org.verbund.funding.api.AmendmentRefusedEvent;
import org.verbund.funding.api.AmendmentValues;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.DecideAmendmentCommand;
import org.verbund.funding.api.ImplementingPartner;
import org.verbund.funding.api.ProposeAmendmentCommand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.verbund.funding.command.FundingApplicationFixture.ID;
import static org.verbund.funding.command.FundingApplicationFixture.historyUpTo;

/** Amendments of a running project (Änderungsanträge), members of their application. */
class AmendmentTest {

    private static final LocalDate LATER = LocalDate.of(2016, 3, 1);
    private static final AmendmentId A1 = new AmendmentId("a1");
    private static final AmendmentValues MORE_MONEY = new AmendmentValues(Money.of("80000.00"), null, null);
    private static final Period LONGER = new Period(LocalDate.of(2014, 10, 1), LocalDate.of(2019, 3, 31));
    private static final AmendmentValues MORE_MONEY_AND_TIME = new AmendmentValues(Money.of("80000.00"), LONGER,
                                                                                   null);

    private FixtureConfiguration<FundingApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = FundingApplicationFixture.newFixture();
    }

    private static List<Object> runningWith(Object... more) {
        List<Object> history = new ArrayList<>(historyUpTo(ApplicationStatus.RUNNING));
        history.addAll(List.of(more));
        return history;
    }

    @Test
    void aRunningProjectMayProposeAnAmendment() {
        fixture.given(historyUpTo(ApplicationStatus.RUNNING))
               .when(new ProposeAmendmentCommand(ID, A1, MORE_MONEY, LATER))
               .expectEvents(new AmendmentProposedEvent(ID, A1, MORE_MONEY, LATER));
    }

    @Test
    void theFunderMayApproveAnAmendmentAsProposed() {
        fixture.given(runningWith(new AmendmentProposedEvent(ID, A1, MORE_MONEY, LATER)))
               .when(new DecideAmendmentCommand(ID, A1, true, null, LATER.plusMonths(1)))
               .expectEvents(new AmendmentApprovedEvent(ID, A1, MORE_MONEY, LATER.plusMonths(1)));
    }

    @Test
    void theFunderMayApproveOtherValuesForWhatWasProposed() {
        fixture.given(runningWith(new AmendmentProposedEvent(ID, A1, MORE_MONEY_AND_TIME, LATER)))
               .when(new DecideAmendmentCommand(ID, A1, true,
                                                new AmendmentValues(Money.of("78000.00"), null, null), LATER))
               .expectEvents(new AmendmentApprovedEvent(ID, A1,
                                                        new AmendmentValues(Money.of("78000.00"), LONGER, null),
                                                        LATER));
    }

    @Test
    void theFunderApprovesNothingThatWasNotProposed() {
        fixture.given(runningWith(new AmendmentProposedEvent(ID, A1, MORE_MONEY_AND_TIME, LATER)))
               .when(new DecideAmendmentCommand(ID, A1, true, new AmendmentValues(null, null, List.of(
                       new ImplementingPartner(new OrganisationId("awo"), null, null))), LATER))
               .expectException(RuleViolation.class).expectExceptionMessage("Only what was proposed can be approved")
               .expectNoEvents();
    }

    @Test
    void anAmendmentIsDecidedOnce() {
        fixture.given(runningWith(new AmendmentProposedEvent(ID, A1, MORE_MONEY, LATER),
                                  new AmendmentRefusedEvent(ID, A1, LATER)))
               .when(new DecideAmendmentCommand(ID, A1, true, null, LATER))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void anUnknownAmendmentCannotBeDecided() {
        fixture.given(runningWith(new AmendmentProposedEvent(ID, A1, MORE_MONEY, LATER),
                                  new AmendmentRefusedEvent(ID, A1, LATER)))
               .when(new DecideAmendmentCommand(ID, new AmendmentId("a2"), false, null, LATER))
               .expectException(RuleViolation.class).expectExceptionMessage("There is no amendment a2")
               .expectNoEvents();
    }

    @Test
    void anAmendmentIdIsNotProposedTwice() {
        fixture.given(runningWith(new AmendmentProposedEvent(ID, A1, MORE_MONEY, LATER),
                                  new AmendmentRefusedEvent(ID, A1, LATER)))
               .when(new ProposeAmendmentCommand(ID, A1, MORE_MONEY, LATER))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = "RUNNING", mode = EnumSource.Mode.EXCLUDE)
    void amendmentsAreProposedOnlyWhileTheProjectRuns(ApplicationStatus status) {
        fixture.given(historyUpTo(status)).when(new ProposeAmendmentCommand(ID, A1, MORE_MONEY, LATER))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void anAmendmentMustChangeSomething() {
        fixture.given(historyUpTo(ApplicationStatus.RUNNING))
               .when(new ProposeAmendmentCommand(ID, A1, new AmendmentValues(null, null, null), LATER))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void anAmendmentProposesNoNegativeAmount() {
        fixture.given(historyUpTo(ApplicationStatus.RUNNING))
               .when(new ProposeAmendmentCommand(ID, A1, new AmendmentValues(Money.of("-1.00"), null, null), LATER))
               .expectException(RuleViolation.class).expectNoEvents();
    }
}

package org.verbund.funding.command;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.testing.Actors;
import org.verbund.funding.api.AmendmentApprovedEvent;
import org.verbund.funding.api.AmendmentProposedEvent;
import org.verbund.funding.api.AmendmentRefusedEvent;
import org.verbund.funding.api.AmendmentValues;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.DecideAmendmentCommand;
import org.verbund.funding.api.ExtensionLinkedEvent;
import org.verbund.funding.api.FundingApplicationExtendsEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.ImplementingPartner;
import org.verbund.funding.api.LinkExtensionCommand;
import org.verbund.funding.api.ProposeAmendmentCommand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.verbund.funding.command.FundingApplicationFixture.APPROVED_PREDECESSOR;
import static org.verbund.funding.command.FundingApplicationFixture.DRAFT_PREDECESSOR;
import static org.verbund.funding.command.FundingApplicationFixture.ID;
import static org.verbund.funding.command.FundingApplicationFixture.ON;
import static org.verbund.funding.command.FundingApplicationFixture.draftExtending;
import static org.verbund.funding.command.FundingApplicationFixture.drafted;
import static org.verbund.funding.command.FundingApplicationFixture.historyUpTo;

/** Amendments of a running project and extensions (Verlängerungen) of approved ones. */
class FundingApplicationChangesTest {

    private static final LocalDate LATER = LocalDate.of(2016, 3, 1);
    private static final AmendmentValues MORE_MONEY = new AmendmentValues(Money.of("80000.00"), null, null);

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
    void aRunningProjectMayProposeAnAmendmentWhichTheFunderApprovesAsProposed() {
        fixture.given(historyUpTo(ApplicationStatus.RUNNING))
               .when(new ProposeAmendmentCommand(ID, "a1", MORE_MONEY, LATER))
               .expectEvents(new AmendmentProposedEvent(ID, "a1", MORE_MONEY, LATER));
        fixture.given(runningWith(new AmendmentProposedEvent(ID, "a1", MORE_MONEY, LATER)))
               .when(new DecideAmendmentCommand(ID, "a1", true, null, LATER.plusMonths(1)))
               .expectEvents(new AmendmentApprovedEvent(ID, "a1", MORE_MONEY, LATER.plusMonths(1)));
    }

    @Test
    void theFunderMayApproveOtherValuesButOnlyForWhatWasProposed() {
        Period longer = new Period(LocalDate.of(2014, 10, 1), LocalDate.of(2019, 3, 31));
        AmendmentValues proposed = new AmendmentValues(Money.of("80000.00"), longer, null);
        List<Object> given = runningWith(new AmendmentProposedEvent(ID, "a1", proposed, LATER));
        fixture.given(given)
               .when(new DecideAmendmentCommand(ID, "a1", true,
                                                new AmendmentValues(Money.of("78000.00"), null, null), LATER))
               .expectEvents(new AmendmentApprovedEvent(ID, "a1",
                                                        new AmendmentValues(Money.of("78000.00"), longer, null),
                                                        LATER));
        fixture.given(given)
               .when(new DecideAmendmentCommand(ID, "a1", true, new AmendmentValues(null, null, List.of(
                       new ImplementingPartner(new OrganisationId("awo"), null, null))), LATER))
               .expectException(RuleViolation.class).expectExceptionMessage("Only what was proposed can be approved")
               .expectNoEvents();
    }

    @Test
    void anAmendmentIsDecidedOnceAndUnknownOnesAreRefused() {
        List<Object> decided = runningWith(new AmendmentProposedEvent(ID, "a1", MORE_MONEY, LATER),
                                           new AmendmentRefusedEvent(ID, "a1", LATER));
        fixture.given(decided).when(new DecideAmendmentCommand(ID, "a1", true, null, LATER))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(decided).when(new DecideAmendmentCommand(ID, "a2", false, null, LATER))
               .expectException(RuleViolation.class).expectExceptionMessage("There is no amendment a2")
               .expectNoEvents();
        fixture.given(decided).when(new ProposeAmendmentCommand(ID, "a1", MORE_MONEY, LATER))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void amendmentsAreProposedOnlyWhileTheProjectRunsAndMustChangeSomething() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (status != ApplicationStatus.RUNNING) {
                fixture.given(historyUpTo(status)).when(new ProposeAmendmentCommand(ID, "a1", MORE_MONEY, LATER))
                       .expectException(RuleViolation.class).expectNoEvents();
            }
        }
        fixture.given(historyUpTo(ApplicationStatus.RUNNING))
               .when(new ProposeAmendmentCommand(ID, "a1", new AmendmentValues(null, null, null), LATER))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.given(historyUpTo(ApplicationStatus.RUNNING))
               .when(new ProposeAmendmentCommand(ID, "a1", new AmendmentValues(Money.of("-1.00"), null, null), LATER))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void anExtensionOfAnApprovedProjectSaysWhichOneItContinues() {
        fixture.givenNoPriorActivity()
               .when(draftExtending(APPROVED_PREDECESSOR))
               .expectEvents(drafted(), new FundingApplicationExtendsEvent(ID, APPROVED_PREDECESSOR, ON));
    }

    @Test
    void onlyAnExistingApprovedOtherProjectCanBeExtended() {
        fixture.givenNoPriorActivity().when(draftExtending(DRAFT_PREDECESSOR))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(draftExtending(new FundingApplicationId("unknown")))
               .expectException(RuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(draftExtending(ID))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void thePredecessorRecordsItsExtensionOnce() {
        FundingApplicationId extension = new FundingApplicationId("extension-2016");
        fixture.given(historyUpTo(ApplicationStatus.CLOSED))
               .when(new LinkExtensionCommand(ID, extension, LATER), Actors.system("extension-links"))
               .expectEvents(new ExtensionLinkedEvent(ID, extension, LATER));
        List<Object> linked = new ArrayList<>(historyUpTo(ApplicationStatus.CLOSED));
        linked.add(new ExtensionLinkedEvent(ID, extension, LATER));
        fixture.given(linked).when(new LinkExtensionCommand(ID, extension, LATER), Actors.system("extension-links"))
               .expectNoEvents();
    }
}

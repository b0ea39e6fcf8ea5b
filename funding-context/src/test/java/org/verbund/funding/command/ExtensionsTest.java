package org.verbund.funding.command;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.testing.Actors;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.ExtensionLinkedEvent;
import org.verbund.funding.api.FundingApplicationExtendsEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.LinkExtensionCommand;

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

/** Extensions (Verlängerungen) of approved projects, and the predecessor's member that records them. */
class ExtensionsTest {

    private static final LocalDate LATER = LocalDate.of(2016, 3, 1);
    private static final FundingApplicationId EXTENSION = new FundingApplicationId("extension-2016");

    private FixtureConfiguration<FundingApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = FundingApplicationFixture.newFixture();
    }

    @Test
    void anExtensionOfAnApprovedProjectSaysWhichOneItContinues() {
        fixture.givenNoPriorActivity()
               .when(draftExtending(APPROVED_PREDECESSOR))
               .expectEvents(drafted(), new FundingApplicationExtendsEvent(ID, APPROVED_PREDECESSOR, ON));
    }

    @Test
    void aProjectNotYetApprovedCannotBeExtended() {
        fixture.givenNoPriorActivity().when(draftExtending(DRAFT_PREDECESSOR))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void anUnknownProjectCannotBeExtended() {
        fixture.givenNoPriorActivity().when(draftExtending(new FundingApplicationId("unknown")))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void anApplicationCannotExtendItself() {
        fixture.givenNoPriorActivity().when(draftExtending(ID))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void thePredecessorRecordsItsExtension() {
        fixture.given(historyUpTo(ApplicationStatus.CLOSED))
               .when(new LinkExtensionCommand(ID, EXTENSION, LATER), Actors.system("extension-links"))
               .expectEvents(new ExtensionLinkedEvent(ID, EXTENSION, LATER));
    }

    @Test
    void thePredecessorRecordsItsExtensionOnce() {
        List<Object> linked = new ArrayList<>(historyUpTo(ApplicationStatus.CLOSED));
        linked.add(new ExtensionLinkedEvent(ID, EXTENSION, LATER));
        fixture.given(linked).when(new LinkExtensionCommand(ID, EXTENSION, LATER), Actors.system("extension-links"))
               .expectNoEvents();
    }
}

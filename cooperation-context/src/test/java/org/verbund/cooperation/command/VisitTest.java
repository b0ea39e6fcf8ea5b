package org.verbund.cooperation.command;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.verbund.cooperation.api.FundingApplicationRef;
import org.verbund.cooperation.api.HoldVisitCommand;
import org.verbund.cooperation.api.InstitutionLevel;
import org.verbund.cooperation.api.LinkVisitFundingCommand;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PlanVisitCommand;
import org.verbund.cooperation.api.RecordVisitParticipantCommand;
import org.verbund.cooperation.api.RecordVisitTalkCommand;
import org.verbund.cooperation.api.VisitCancelledEvent;
import org.verbund.cooperation.api.VisitFundingLinkedEvent;
import org.verbund.cooperation.api.VisitHeldEvent;
import org.verbund.cooperation.api.VisitKind;
import org.verbund.cooperation.api.VisitParticipantRecordedEvent;
import org.verbund.cooperation.api.VisitPlannedEvent;
import org.verbund.cooperation.api.VisitTalkRecordedEvent;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.cooperation.command.CooperationFixture.ISB;
import static org.verbund.cooperation.command.CooperationFixture.MARCH_2017;
import static org.verbund.cooperation.command.CooperationFixture.MARCH_VISIT;
import static org.verbund.cooperation.command.CooperationFixture.ON;
import static org.verbund.cooperation.command.CooperationFixture.PLOVDIV;
import static org.verbund.cooperation.command.CooperationFixture.ROMACT;
import static org.verbund.cooperation.command.CooperationFixture.fixtureOf;
import static org.verbund.cooperation.command.CooperationFixture.refused;

/** The rules of a visit: planned in an open partnership, paid from a known application, held or cancelled. */
class VisitTest {

    private final FixtureConfiguration<Visit> fixture = fixtureOf(Visit.class);
    private final VisitPlannedEvent planned = new VisitPlannedEvent(
            MARCH_VISIT, PLOVDIV, VisitKind.WORKING_VISIT, MARCH_2017, List.of("Sofia", "Plovdiv"), List.of(ISB), null,
            LocalDate.of(2017, 1, 10));
    private final VisitHeldEvent held = new VisitHeldEvent(MARCH_VISIT, PLOVDIV, ON);
    private final VisitCancelledEvent cancelled = new VisitCancelledEvent(MARCH_VISIT, ON);
    private final PersonRef person = PersonRef.of("person-7");

    @Test
    void aVisitIsPlannedInAnOpenPartnership() {
        fixture.givenNoPriorActivity()
               .when(new PlanVisitCommand(MARCH_VISIT, PLOVDIV, VisitKind.WORKING_VISIT, MARCH_2017,
                                          List.of("Sofia", "Plovdiv"), List.of(ISB), null, LocalDate.of(2017, 1, 10)))
               .expectEvents(planned);
    }

    @Test
    void aVisitOfAnUnknownPartnershipIsRefused() {
        refused(fixture.givenNoPriorActivity().when(new PlanVisitCommand(
                MARCH_VISIT, new PartnershipId("nowhere"), VisitKind.WORKING_VISIT, MARCH_2017, null, null, null, ON)),
                "visit.unknown-partnership");
    }

    @Test
    void aVisitPaidFromAnUnknownApplicationIsRefused() {
        refused(fixture.givenNoPriorActivity().when(new PlanVisitCommand(
                MARCH_VISIT, PLOVDIV, VisitKind.WORKING_VISIT, MARCH_2017, null, null,
                new FundingApplicationRef("unknown"), ON)), "visit.unknown-funding-application");
    }

    @Test
    void aVisitNamesTheApplicationThatPaidForIt() {
        fixture.given(planned).when(new LinkVisitFundingCommand(MARCH_VISIT, ROMACT, ON))
               .expectEvents(new VisitFundingLinkedEvent(MARCH_VISIT, ROMACT, ON));
    }

    @Test
    void namingTheSameApplicationAgainRecordsNothing() {
        fixture.given(planned, new VisitFundingLinkedEvent(MARCH_VISIT, ROMACT, ON))
               .when(new LinkVisitFundingCommand(MARCH_VISIT, ROMACT, ON)).expectNoEvents();
    }

    @Test
    void talksWaitUntilTheVisitWasHeld() {
        refused(fixture.given(planned).when(new RecordVisitTalkCommand(
                MARCH_VISIT, "t1", "Deutsche Botschaft Sofia", InstitutionLevel.STATE, "Kooperation", ON)),
                "visit.not-held");
    }

    @Test
    void aPlannedVisitIsHeld() {
        fixture.given(planned).when(new HoldVisitCommand(MARCH_VISIT, ON)).expectEvents(held);
    }

    @Test
    void aTalkIsRecordedOnceTheVisitWasHeld() {
        fixture.given(planned, held).when(new RecordVisitTalkCommand(
                        MARCH_VISIT, "t1", "NCCEII", InstitutionLevel.STATE, "Unterstützung", ON))
               .expectEvents(new VisitTalkRecordedEvent(MARCH_VISIT, "t1", "NCCEII", InstitutionLevel.STATE,
                                                        "Unterstützung", ON));
    }

    @Test
    void aCancelledVisitIsNotHeld() {
        refused(fixture.given(planned, cancelled).when(new HoldVisitCommand(MARCH_VISIT, ON)), "visit.not-planned");
    }

    @Test
    void aCancelledVisitTakesNoParticipants() {
        refused(fixture.given(planned, cancelled).when(new RecordVisitParticipantCommand(
                MARCH_VISIT, person, PersonalText.of(person, "Name"), ISB, ON)), "visit.cancelled");
    }

    @Test
    void aParticipantIsRecordedWithTheirName() {
        fixture.given(planned).when(new RecordVisitParticipantCommand(
                        MARCH_VISIT, person, PersonalText.of(person, "Beispiel"), ISB, ON))
               .expectEvents(new VisitParticipantRecordedEvent(MARCH_VISIT, person,
                                                               PersonalText.of(person, "Beispiel"), ISB, ON));
    }

    @Test
    void aParticipantsNameIsTheirOwnPersonalData() {
        refused(fixture.given(planned).when(new RecordVisitParticipantCommand(
                MARCH_VISIT, person, PersonalText.of(PersonRef.of("someone-else"), "Beispiel"), ISB, ON)),
                "personal-data.wrong-subject");
    }
}

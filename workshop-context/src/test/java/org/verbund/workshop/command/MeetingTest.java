package org.verbund.workshop.command;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.workshop.api.ActorAssignedEvent;
import org.verbund.workshop.api.AddAgendaItemCommand;
import org.verbund.workshop.api.AgendaItemAddedEvent;
import org.verbund.workshop.api.AgendaReorderedEvent;
import org.verbund.workshop.api.AssignActorCommand;
import org.verbund.workshop.api.AttendanceRecordedEvent;
import org.verbund.workshop.api.CancelMeetingCommand;
import org.verbund.workshop.api.DecisionId;
import org.verbund.workshop.api.DecisionRecordedEvent;
import org.verbund.workshop.api.Dissent;
import org.verbund.workshop.api.HoldMeetingCommand;
import org.verbund.workshop.api.IdentifyChallengeCommand;
import org.verbund.workshop.api.MeetingCancelledEvent;
import org.verbund.workshop.api.MeetingHeldEvent;
import org.verbund.workshop.api.ProposeStrategyCommand;
import org.verbund.workshop.api.RecordAttendanceCommand;
import org.verbund.workshop.api.RecordDecisionCommand;
import org.verbund.workshop.api.ReorderAgendaCommand;
import org.verbund.workshop.api.RescheduleMeetingCommand;
import org.verbund.workshop.api.ResponsibleLevel;
import org.verbund.workshop.api.ScheduleMeetingCommand;
import org.verbund.workshop.api.StrategyProposedEvent;
import org.verbund.workshop.api.WithdrawAgendaItemCommand;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.util.List;

import static org.verbund.workshop.command.MeetingFixture.AWO;
import static org.verbund.workshop.command.MeetingFixture.CARITAS;
import static org.verbund.workshop.command.MeetingFixture.EARLIER_CHALLENGE;
import static org.verbund.workshop.command.MeetingFixture.EARLIER_STRATEGY;
import static org.verbund.workshop.command.MeetingFixture.GROUP;
import static org.verbund.workshop.command.MeetingFixture.MEETING;
import static org.verbund.workshop.command.MeetingFixture.MIA_DO_KI;
import static org.verbund.workshop.command.MeetingFixture.ON;
import static org.verbund.workshop.command.MeetingFixture.PERSON;
import static org.verbund.workshop.command.MeetingFixture.SERIES;
import static org.verbund.workshop.command.MeetingFixture.STARTS_AT;
import static org.verbund.workshop.command.MeetingFixture.challenge;
import static org.verbund.workshop.command.MeetingFixture.decision;
import static org.verbund.workshop.command.MeetingFixture.held;
import static org.verbund.workshop.command.MeetingFixture.refused;
import static org.verbund.workshop.command.MeetingFixture.schedule;
import static org.verbund.workshop.command.MeetingFixture.scheduled;

/** A meeting's own rules: scheduling, its agenda, attendance and outcomes (minutes and action items apart). */
class MeetingTest {

    private static final DecisionId D1 = new DecisionId("d1");
    private static final List<Dissent> DISSENT = List.of(new Dissent(AWO, "zuerst die Finanzierung klären"));
    private static final List<Object> WITH_AGENDA = List.of(
            scheduled(), new AgendaItemAddedEvent(MEETING, "top-1", "Begrüßung", ON),
            new AgendaItemAddedEvent(MEETING, "top-2", "Herausforderungen", ON));

    private final MeetingFixture.Directory directory = new MeetingFixture.Directory();
    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = MeetingFixture.meetings(directory);
    }

    // scheduling

    @Test
    void aMeetingIsScheduledForAnActiveGroupAndAWorkshopOfItsSeries() {
        fixture.givenNoPriorActivity().when(schedule()).expectEvents(scheduled());
    }

    @Test
    void aMeetingOfAnUnknownGroupIsRefused() {
        refused(fixture.givenNoPriorActivity().when(new ScheduleMeetingCommand(schedule().meetingId(),
                new WorkingGroupId("unknown"), null, null, schedule().title(), STARTS_AT, null, ON)),
                "meeting.unknown-group");
    }

    @Test
    void aMeetingOfAnUnknownSeriesIsRefused() {
        refused(fixture.givenNoPriorActivity().when(new ScheduleMeetingCommand(schedule().meetingId(), GROUP,
                new WorkshopSeriesId("unknown"), 1, schedule().title(), STARTS_AT, null, ON)),
                "meeting.unknown-series");
    }

    @Test
    void aWorkshopTheSeriesDoesNotPlanIsRefused() {
        refused(fixture.givenNoPriorActivity().when(new ScheduleMeetingCommand(schedule().meetingId(), GROUP,
                SERIES, 4, schedule().title(), STARTS_AT, null, ON)), "meeting.not-in-series");
    }

    @Test
    void aDissolvedGroupSchedulesNoMeeting() {
        directory.groupActive = false;
        refused(fixture.givenNoPriorActivity().when(schedule()), "meeting.unknown-group");
    }

    @Test
    void aScheduledMeetingIsCancelled() {
        fixture.given(scheduled()).when(new CancelMeetingCommand(MEETING, ON))
               .expectEvents(new MeetingCancelledEvent(MEETING, GROUP, ON));
    }

    @Test
    void aScheduledMeetingIsHeld() {
        fixture.given(scheduled()).when(new HoldMeetingCommand(MEETING, ON))
               .expectEvents(new MeetingHeldEvent(MEETING, GROUP, ON));
    }

    @Test
    void aCancelledMeetingIsNotHeld() {
        refused(fixture.given(scheduled(), new MeetingCancelledEvent(MEETING, GROUP, ON))
                       .when(new HoldMeetingCommand(MEETING, ON)), "meeting.not-scheduled");
    }

    @Test
    void aHeldMeetingIsNotRescheduled() {
        refused(fixture.given(held()).when(new RescheduleMeetingCommand(MEETING, STARTS_AT.plusDays(7), null, ON)),
                "meeting.not-scheduled");
    }

    @Test
    void aHeldMeetingIsNotCancelled() {
        refused(fixture.given(held()).when(new CancelMeetingCommand(MEETING, ON)), "meeting.not-scheduled");
    }

    // agenda

    @Test
    void theAgendaIsReordered() {
        fixture.given(WITH_AGENDA).when(new ReorderAgendaCommand(MEETING, List.of("top-2", "top-1"), ON))
               .expectEvents(new AgendaReorderedEvent(MEETING, List.of("top-2", "top-1"), ON));
    }

    @Test
    void aNewOrderListsEveryAgendaItem() {
        refused(fixture.given(WITH_AGENDA).when(new ReorderAgendaCommand(MEETING, List.of("top-2"), ON)),
                "agenda.not-a-permutation");
    }

    @Test
    void anAgendaItemHasAnIdOfItsOwn() {
        refused(fixture.given(WITH_AGENDA).when(new AddAgendaItemCommand(MEETING, "top-1", "again", ON)),
                "agenda.id-taken");
    }

    @Test
    void anUnknownAgendaItemIsNotWithdrawn() {
        refused(fixture.given(WITH_AGENDA).when(new WithdrawAgendaItemCommand(MEETING, "top-9", ON)),
                "agenda.unknown-item");
    }

    @Test
    void theAgendaStaysAsItWasOnceTheMeetingIsHeld() {
        refused(fixture.given(held()).when(new WithdrawAgendaItemCommand(MEETING, "top-1", ON)),
                "meeting.not-scheduled");
    }

    // attendance

    @Test
    void attendanceIsAPersonReferenceOnBehalfOfAnOrganisation() {
        fixture.given(scheduled()).when(new RecordAttendanceCommand(MEETING, PERSON, null, CARITAS, ON))
               .expectEvents(new AttendanceRecordedEvent(MEETING, PERSON, null, CARITAS, ON));
    }

    @Test
    void aPersonAttendsOnce() {
        fixture.given(held()).when(new RecordAttendanceCommand(MEETING, PERSON, null, CARITAS, ON)).expectNoEvents();
    }

    @Test
    void nobodyAttendsACancelledMeeting() {
        refused(fixture.given(scheduled(), new MeetingCancelledEvent(MEETING, GROUP, ON))
                       .when(new RecordAttendanceCommand(MEETING, PERSON, null, CARITAS, ON)), "meeting.cancelled");
    }

    @Test
    void attendanceNamesTheOrganisationRepresented() {
        refused(fixture.given(scheduled()).when(new RecordAttendanceCommand(MEETING, PERSON, null, null, ON)),
                "attendance.person-and-organisation-required");
    }

    // outcomes

    @Test
    void aCancelledMeetingHasNoOutcome() {
        refused(fixture.given(scheduled(), new MeetingCancelledEvent(MEETING, GROUP, ON))
                       .when(new IdentifyChallengeCommand(MEETING, "c1", "Zugang zu Wohnraum", ON)),
                "meeting.cancelled");
    }

    @Test
    void outcomesWaitUntilTheMeetingIsHeld() {
        refused(fixture.given(scheduled()).when(new RecordDecisionCommand(MEETING, D1, "text", List.of(MIA_DO_KI),
                                                                          true, List.of(), ON)), "meeting.not-held");
    }

    @Test
    void aHeldMeetingIdentifiesAChallenge() {
        fixture.given(held()).when(new IdentifyChallengeCommand(MEETING, "c1", "Zugang zu Wohnraum", ON))
               .expectEvents(challenge("c1"));
    }

    @Test
    void anOutcomeHasAnIdOfItsOwn() {
        refused(fixture.given(held(challenge("c1")))
                       .when(new IdentifyChallengeCommand(MEETING, "c1", "again", ON)), "outcome.id-taken");
    }

    @Test
    void aStrategyAddressesChallengesOfTheMeetingAndOfItsSeries() {
        fixture.given(held(challenge("c1")))
               .when(new ProposeStrategyCommand(MEETING, "s1", "Wohnraumagentur", List.of("c1", EARLIER_CHALLENGE), ON))
               .expectEvents(new StrategyProposedEvent(MEETING, GROUP, SERIES, "s1", "Wohnraumagentur",
                                                       List.of("c1", EARLIER_CHALLENGE), ON));
    }

    @Test
    void aStrategyAddressesAtLeastOneChallenge() {
        refused(fixture.given(held()).when(new ProposeStrategyCommand(MEETING, "s1", "text", List.of(), ON)),
                "strategy.challenge-required");
    }

    @Test
    void aStrategyAddressesOnlyKnownChallenges() {
        refused(fixture.given(held()).when(new ProposeStrategyCommand(MEETING, "s1", "text", List.of("nope"), ON)),
                "strategy.unknown-challenge");
    }

    @Test
    void anActorGetsAResponsibleLevelForAStrategyOfTheSeries() {
        fixture.given(held())
               .when(new AssignActorCommand(MEETING, "a1", EARLIER_STRATEGY, "Jobcenter", ResponsibleLevel.CITY, ON))
               .expectEvents(new ActorAssignedEvent(MEETING, GROUP, SERIES, "a1", EARLIER_STRATEGY, "Jobcenter",
                                                    ResponsibleLevel.CITY, ON));
    }

    @Test
    void anActorNeedsAResponsibleLevel() {
        refused(fixture.given(held()).when(new AssignActorCommand(MEETING, "a1", EARLIER_STRATEGY, "Land", null, ON)),
                "actor.level-required");
    }

    @Test
    void anActorIsAssignedToAKnownStrategyOnly() {
        refused(fixture.given(held()).when(new AssignActorCommand(MEETING, "a1", "nope", "Land",
                                                                  ResponsibleLevel.STATE, ON)),
                "actor.unknown-strategy");
    }

    @Test
    void aUnanimousDecisionIsRecorded() {
        fixture.given(held()).when(new RecordDecisionCommand(MEETING, D1, "Eine Clearingstelle Wohnen einrichten",
                                                             List.of(MIA_DO_KI, CARITAS), true, List.of(), ON))
               .expectEvents(decision("d1"));
    }

    @Test
    void aDecisionWithDissentRecordsTheDissent() {
        fixture.given(held()).when(new RecordDecisionCommand(MEETING, D1, "Text", List.of(MIA_DO_KI), false,
                                                             DISSENT, ON))
               .expectEvents(new DecisionRecordedEvent(MEETING, GROUP, D1, "Text", List.of(MIA_DO_KI), false, DISSENT,
                                                       ON));
    }

    @Test
    void aDecisionThatIsNotUnanimousRecordsTheDissent() {
        refused(fixture.given(held()).when(new RecordDecisionCommand(MEETING, D1, "Text", List.of(MIA_DO_KI), false,
                                                                     List.of(), ON)), "decision.dissent-or-unanimous");
    }

    @Test
    void aUnanimousDecisionHasNoDissent() {
        refused(fixture.given(held()).when(new RecordDecisionCommand(MEETING, D1, "Text", List.of(MIA_DO_KI), true,
                                                                     DISSENT, ON)), "decision.dissent-or-unanimous");
    }

    @Test
    void aDecisionSaysWhoDecided() {
        refused(fixture.given(held()).when(new RecordDecisionCommand(MEETING, D1, "Text", List.of(), true,
                                                                     List.of(), ON)), "decision.decided-by-required");
    }
}

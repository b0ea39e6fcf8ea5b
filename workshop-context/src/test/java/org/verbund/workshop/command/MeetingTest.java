package org.verbund.workshop.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.testing.Actors;
import org.verbund.workshop.api.ActionItemAssignedEvent;
import org.verbund.workshop.api.ActionItemDoneEvent;
import org.verbund.workshop.api.ActorAssignedEvent;
import org.verbund.workshop.api.AddAgendaItemCommand;
import org.verbund.workshop.api.AgendaItemAddedEvent;
import org.verbund.workshop.api.AgendaReorderedEvent;
import org.verbund.workshop.api.AmendMinutesCommand;
import org.verbund.workshop.api.ApproveMinutesCommand;
import org.verbund.workshop.api.ApproveMinutesCorrectionCommand;
import org.verbund.workshop.api.AssignActionItemCommand;
import org.verbund.workshop.api.AssignActorCommand;
import org.verbund.workshop.api.AttendanceRecordedEvent;
import org.verbund.workshop.api.CancelMeetingCommand;
import org.verbund.workshop.api.CompleteActionItemCommand;
import org.verbund.workshop.api.Dissent;
import org.verbund.workshop.api.DraftMinutesCommand;
import org.verbund.workshop.api.DropActionItemCommand;
import org.verbund.workshop.api.HoldMeetingCommand;
import org.verbund.workshop.api.IdentifyChallengeCommand;
import org.verbund.workshop.api.MeetingCancelledEvent;
import org.verbund.workshop.api.MeetingHeldEvent;
import org.verbund.workshop.api.MinutesAmendedEvent;
import org.verbund.workshop.api.MinutesApproval;
import org.verbund.workshop.api.MinutesApprovedEvent;
import org.verbund.workshop.api.MinutesCorrectionApprovedEvent;
import org.verbund.workshop.api.MinutesCorrectionProposedEvent;
import org.verbund.workshop.api.ProposeMinutesCorrectionCommand;
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
import static org.verbund.workshop.command.MeetingFixture.NEXT_MEETING;
import static org.verbund.workshop.command.MeetingFixture.ON;
import static org.verbund.workshop.command.MeetingFixture.PERSON;
import static org.verbund.workshop.command.MeetingFixture.STARTS_AT;
import static org.verbund.workshop.command.MeetingFixture.approved;
import static org.verbund.workshop.command.MeetingFixture.challenge;
import static org.verbund.workshop.command.MeetingFixture.decision;
import static org.verbund.workshop.command.MeetingFixture.drafted;
import static org.verbund.workshop.command.MeetingFixture.held;
import static org.verbund.workshop.command.MeetingFixture.schedule;
import static org.verbund.workshop.command.MeetingFixture.scheduled;

class MeetingTest {

    private FixtureConfiguration<Meeting> fixture;
    private final MeetingFixture.Directory directory = new MeetingFixture.Directory();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(MeetingFixture.registry());
        fixture.registerCommandDispatchInterceptor(Actors.byDefault(Actors.coordinator()));
    }

    private static void refused(ResultValidator<Meeting> result, String code) {
        result.expectException(RuleViolation.class).expectException(withCode(code)).expectNoEvents();
    }

    private static org.hamcrest.Matcher<Throwable> withCode(String code) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof RuleViolation violation && violation.code().equals(code);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a rule violation with code ").appendValue(code);
            }
        };
    }

    @Test
    void aMeetingIsScheduledForAnActiveGroupAndAWorkshopOfItsSeries() {
        fixture.givenNoPriorActivity().when(schedule()).expectEvents(scheduled());
        ScheduleMeetingCommand valid = schedule();
        refused(fixture.givenNoPriorActivity().when(new ScheduleMeetingCommand(valid.meetingId(),
                new WorkingGroupId("unknown"), null, null, valid.title(), STARTS_AT, null, ON)), "meeting.unknown-group");
        refused(fixture.givenNoPriorActivity().when(new ScheduleMeetingCommand(valid.meetingId(), GROUP,
                new WorkshopSeriesId("unknown"), 1, valid.title(), STARTS_AT, null, ON)), "meeting.unknown-series");
        refused(fixture.givenNoPriorActivity().when(new ScheduleMeetingCommand(valid.meetingId(), GROUP,
                valid.seriesId(), 4, valid.title(), STARTS_AT, null, ON)), "meeting.not-in-series");
        directory.groupActive = false;
        refused(fixture.givenNoPriorActivity().when(schedule()), "meeting.unknown-group");
    }

    @Test
    void onlyAScheduledMeetingIsRescheduledCancelledOrHeld() {
        fixture.given(scheduled()).when(new CancelMeetingCommand(MEETING, ON))
               .expectEvents(new MeetingCancelledEvent(MEETING, GROUP, ON));
        fixture.given(scheduled()).when(new HoldMeetingCommand(MEETING, ON))
               .expectEvents(new MeetingHeldEvent(MEETING, GROUP, ON));
        refused(fixture.given(scheduled(), new MeetingCancelledEvent(MEETING, GROUP, ON))
                       .when(new HoldMeetingCommand(MEETING, ON)), "meeting.not-scheduled");
        refused(fixture.given(held()).when(new RescheduleMeetingCommand(MEETING, STARTS_AT.plusDays(7), null, ON)),
                "meeting.not-scheduled");
        refused(fixture.given(held()).when(new CancelMeetingCommand(MEETING, ON)), "meeting.not-scheduled");
    }

    @Test
    void agendaItemsAreAddedReorderedAndWithdrawnBeforeTheMeeting() {
        List<Object> withAgenda = List.of(scheduled(), new AgendaItemAddedEvent(MEETING, "top-1", "Begrüßung", ON),
                                          new AgendaItemAddedEvent(MEETING, "top-2", "Herausforderungen", ON));
        fixture.given(withAgenda).when(new ReorderAgendaCommand(MEETING, List.of("top-2", "top-1"), ON))
               .expectEvents(new AgendaReorderedEvent(MEETING, List.of("top-2", "top-1"), ON));
        refused(fixture.given(withAgenda).when(new ReorderAgendaCommand(MEETING, List.of("top-2"), ON)),
                "agenda.not-a-permutation");
        refused(fixture.given(withAgenda).when(new AddAgendaItemCommand(MEETING, "top-1", "again", ON)),
                "agenda.id-taken");
        refused(fixture.given(withAgenda).when(new WithdrawAgendaItemCommand(MEETING, "top-9", ON)),
                "agenda.unknown-item");
        refused(fixture.given(held()).when(new WithdrawAgendaItemCommand(MEETING, "top-1", ON)),
                "meeting.not-scheduled");
    }

    @Test
    void attendanceIsAPersonReferenceOnBehalfOfAnOrganisationAndNotOnACancelledMeeting() {
        fixture.given(scheduled()).when(new RecordAttendanceCommand(MEETING, PERSON, null, CARITAS, ON))
               .expectEvents(new AttendanceRecordedEvent(MEETING, PERSON, null, CARITAS, ON));
        fixture.given(held()).when(new RecordAttendanceCommand(MEETING, PERSON, null, CARITAS, ON)).expectNoEvents();
        refused(fixture.given(scheduled(), new MeetingCancelledEvent(MEETING, GROUP, ON))
                       .when(new RecordAttendanceCommand(MEETING, PERSON, null, CARITAS, ON)), "meeting.cancelled");
        refused(fixture.given(scheduled()).when(new RecordAttendanceCommand(MEETING, PERSON, null, null, ON)),
                "attendance.person-and-organisation-required");
    }

    @Test
    void noOutcomeOnACancelledMeetingOrBeforeItIsHeld() {
        refused(fixture.given(scheduled(), new MeetingCancelledEvent(MEETING, GROUP, ON))
                       .when(new IdentifyChallengeCommand(MEETING, "c1", "Zugang zu Wohnraum", ON)),
                "meeting.cancelled");
        refused(fixture.given(scheduled()).when(new RecordDecisionCommand(MEETING, "d1", "text", List.of(MIA_DO_KI),
                                                                          true, List.of(), ON)), "meeting.not-held");
        fixture.given(held()).when(new IdentifyChallengeCommand(MEETING, "c1", "Zugang zu Wohnraum", ON))
               .expectEvents(challenge("c1"));
        refused(fixture.given(held(challenge("c1")))
                       .when(new IdentifyChallengeCommand(MEETING, "c1", "again", ON)), "outcome.id-taken");
    }

    @Test
    void aStrategyAddressesKnownChallengesOfTheMeetingOrItsSeries() {
        fixture.given(held(challenge("c1")))
               .when(new ProposeStrategyCommand(MEETING, "s1", "Wohnraumagentur", List.of("c1", EARLIER_CHALLENGE), ON))
               .expectEvents(new StrategyProposedEvent(MEETING, GROUP, MeetingFixture.SERIES, "s1", "Wohnraumagentur",
                                                       List.of("c1", EARLIER_CHALLENGE), ON));
        refused(fixture.given(held()).when(new ProposeStrategyCommand(MEETING, "s1", "text", List.of(), ON)),
                "strategy.challenge-required");
        refused(fixture.given(held()).when(new ProposeStrategyCommand(MEETING, "s1", "text", List.of("nope"), ON)),
                "strategy.unknown-challenge");
    }

    @Test
    void anActorGetsAResponsibleLevelForAKnownStrategy() {
        fixture.given(held())
               .when(new AssignActorCommand(MEETING, "a1", EARLIER_STRATEGY, "Jobcenter", ResponsibleLevel.CITY, ON))
               .expectEvents(new ActorAssignedEvent(MEETING, GROUP, MeetingFixture.SERIES, "a1", EARLIER_STRATEGY,
                                                    "Jobcenter", ResponsibleLevel.CITY, ON));
        refused(fixture.given(held()).when(new AssignActorCommand(MEETING, "a1", EARLIER_STRATEGY, "Land", null, ON)),
                "actor.level-required");
        refused(fixture.given(held()).when(new AssignActorCommand(MEETING, "a1", "nope", "Land",
                                                                  ResponsibleLevel.STATE, ON)),
                "actor.unknown-strategy");
    }

    @Test
    void aDecisionIsUnanimousOrRecordsTheDissent() {
        fixture.given(held()).when(new RecordDecisionCommand(MEETING, "d1", "Eine Clearingstelle Wohnen einrichten",
                                                             List.of(MIA_DO_KI, CARITAS), true, List.of(), ON))
               .expectEvents(decision("d1"));
        List<Dissent> dissent = List.of(new Dissent(AWO, "zuerst die Finanzierung klären"));
        fixture.given(held()).when(new RecordDecisionCommand(MEETING, "d1", "Text", List.of(MIA_DO_KI), false,
                                                             dissent, ON))
               .expectEvents(new org.verbund.workshop.api.DecisionRecordedEvent(MEETING, GROUP, "d1", "Text",
                                                                                 List.of(MIA_DO_KI), false, dissent,
                                                                                 ON));
        refused(fixture.given(held()).when(new RecordDecisionCommand(MEETING, "d1", "Text", List.of(MIA_DO_KI), false,
                                                                     List.of(), ON)), "decision.dissent-or-unanimous");
        refused(fixture.given(held()).when(new RecordDecisionCommand(MEETING, "d1", "Text", List.of(MIA_DO_KI), true,
                                                                     dissent, ON)), "decision.dissent-or-unanimous");
        refused(fixture.given(held()).when(new RecordDecisionCommand(MEETING, "d1", "Text", List.of(), true,
                                                                     List.of(), ON)), "decision.decided-by-required");
    }

    @Test
    void actionItemsNeedAnOwnerAndADueDateAndCloseOnce() {
        ActionItemAssignedEvent assigned = new ActionItemAssignedEvent(MEETING, GROUP, "ai1", "Konzept schreiben",
                                                                       CARITAS, ON.plusMonths(1), "d1", ON);
        fixture.given(held(decision("d1")))
               .when(new AssignActionItemCommand(MEETING, "ai1", "Konzept schreiben", CARITAS, ON.plusMonths(1), "d1",
                                                 ON))
               .expectEvents(assigned);
        refused(fixture.given(held()).when(new AssignActionItemCommand(MEETING, "ai1", "Text", null, ON, null, ON)),
                "action-item.owner-and-due-date-required");
        refused(fixture.given(held()).when(new AssignActionItemCommand(MEETING, "ai1", "Text", CARITAS, null, null,
                                                                       ON)),
                "action-item.owner-and-due-date-required");
        refused(fixture.given(held()).when(new AssignActionItemCommand(MEETING, "ai1", "Text", CARITAS, ON, "d9", ON)),
                "action-item.unknown-decision");
        fixture.given(held(decision("d1"), assigned)).when(new CompleteActionItemCommand(MEETING, "ai1", ON))
               .expectEvents(new ActionItemDoneEvent(MEETING, "ai1", CARITAS, ON));
        refused(fixture.given(held(decision("d1"), assigned, new ActionItemDoneEvent(MEETING, "ai1", CARITAS, ON)))
                       .when(new DropActionItemCommand(MEETING, "ai1", ON)), "action-item.closed");
        refused(fixture.given(held()).when(new CompleteActionItemCommand(MEETING, "ai9", ON)), "action-item.unknown");
    }

    @Test
    void minutesAreDraftedAfterTheMeetingAndAmendedOnlyByOrganisationsThatAttended() {
        refused(fixture.given(scheduled()).when(new DraftMinutesCommand(MEETING, "Protokoll", ON)), "meeting.not-held");
        fixture.given(held()).when(new DraftMinutesCommand(MEETING, "Protokoll Workshop 1", ON.plusDays(2)))
               .expectEvents(drafted());
        refused(fixture.given(held(drafted())).when(new DraftMinutesCommand(MEETING, "noch eins", ON)),
                "minutes.already-drafted");
        fixture.given(held(drafted()))
               .when(new AmendMinutesCommand(MEETING, "m1", "Protokoll, ergänzt", ON), Actors.partner(CARITAS.value()))
               .expectEvents(new MinutesAmendedEvent(MEETING, "m1", CARITAS, "Protokoll, ergänzt", ON));
        refused(fixture.given(held(drafted()))
                       .when(new AmendMinutesCommand(MEETING, "m1", "anders", ON), Actors.partner(MIA_DO_KI.value())),
                "minutes.only-attendees-amend");
        refused(fixture.given(held()).when(new AmendMinutesCommand(MEETING, "m1", "anders", ON),
                                           Actors.partner(CARITAS.value())),
                "minutes.not-drafted");
    }

    @Test
    void approvedMinutesCarryTheApprovedTextAndAreFrozen() {
        fixture.given(held(drafted(), new MinutesAmendedEvent(MEETING, "m1", CARITAS, "Protokoll, ergänzt", ON)))
               .when(new ApproveMinutesCommand(MEETING, MinutesApproval.NEXT_MEETING, NEXT_MEETING, ON.plusDays(30)))
               .expectEvents(new MinutesApprovedEvent(MEETING, GROUP, MinutesApproval.NEXT_MEETING, NEXT_MEETING,
                                                      "Protokoll, ergänzt", ON.plusDays(30)));
        refused(fixture.given(held(drafted())).when(new ApproveMinutesCommand(MEETING, MinutesApproval.NEXT_MEETING,
                                                                             null, ON)),
                "minutes.next-meeting-required");
        refused(fixture.given(held(drafted(), approved()))
                       .when(new AmendMinutesCommand(MEETING, "m2", "still ändern", ON),
                             Actors.partner(CARITAS.value())), "minutes.frozen");
        refused(fixture.given(held(drafted(), approved()))
                       .when(new ApproveMinutesCommand(MEETING, MinutesApproval.LEADING_ORGANISATION, null, ON)),
                "minutes.frozen");
    }

    @Test
    void aCorrectionOfApprovedMinutesPointsAtWhatItCorrectsAndNeedsItsOwnApproval() {
        MinutesCorrectionProposedEvent proposed = new MinutesCorrectionProposedEvent(
                MEETING, "k1", Meeting.APPROVED_MINUTES, "Termin 12.07.", "Termin 19.07.", ON.plusDays(40));
        refused(fixture.given(held(drafted())).when(new ProposeMinutesCorrectionCommand(
                MEETING, "k1", Meeting.APPROVED_MINUTES, "x", "y", ON)), "minutes.not-approved");
        fixture.given(held(drafted(), approved()))
               .when(new ProposeMinutesCorrectionCommand(MEETING, "k1", Meeting.APPROVED_MINUTES, "Termin 12.07.",
                                                         "Termin 19.07.", ON.plusDays(40)))
               .expectEvents(proposed);
        refused(fixture.given(held(drafted(), approved()))
                       .when(new ProposeMinutesCorrectionCommand(MEETING, "k1", "k0", "x", "y", ON)),
                "correction.unknown-target");
        fixture.given(held(drafted(), approved(), proposed))
               .when(new ApproveMinutesCorrectionCommand(MEETING, "k1", MinutesApproval.LEADING_ORGANISATION, null,
                                                         ON.plusDays(41)))
               .expectEvents(new MinutesCorrectionApprovedEvent(MEETING, GROUP, "k1",
                                                                MinutesApproval.LEADING_ORGANISATION, null,
                                                                ON.plusDays(41)));
        refused(fixture.given(held(drafted(), approved(), proposed, new MinutesCorrectionApprovedEvent(
                        MEETING, GROUP, "k1", MinutesApproval.LEADING_ORGANISATION, null, ON)))
                        .when(new ApproveMinutesCorrectionCommand(MEETING, "k1", MinutesApproval.LEADING_ORGANISATION,
                                                                  null, ON)), "correction.already-approved");
        refused(fixture.given(held(drafted(), approved()))
                       .when(new ApproveMinutesCorrectionCommand(MEETING, "k9", MinutesApproval.LEADING_ORGANISATION,
                                                                 null, ON)), "correction.unknown");
        // a correction of a correction
        fixture.given(held(drafted(), approved(), proposed))
               .when(new ProposeMinutesCorrectionCommand(MEETING, "k2", "k1", "19.07.", "20.07.", ON))
               .expectEvents(new MinutesCorrectionProposedEvent(MEETING, "k2", "k1", "19.07.", "20.07.", ON));
    }
}

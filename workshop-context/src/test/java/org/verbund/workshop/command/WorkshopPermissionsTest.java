package org.verbund.workshop.command;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.Role;
import org.verbund.core.testing.Actors;
import org.verbund.core.testing.Refusals;
import org.verbund.workshop.api.ActionItemAssignedEvent;
import org.verbund.workshop.api.AddAgendaItemCommand;
import org.verbund.workshop.api.AdmitMemberCommand;
import org.verbund.workshop.api.AgendaItemAddedEvent;
import org.verbund.workshop.api.AmendMinutesCommand;
import org.verbund.workshop.api.ApproveMinutesCommand;
import org.verbund.workshop.api.ApproveMinutesCorrectionCommand;
import org.verbund.workshop.api.AssignActionItemCommand;
import org.verbund.workshop.api.AssignActorCommand;
import org.verbund.workshop.api.CancelMeetingCommand;
import org.verbund.workshop.api.CompleteActionItemCommand;
import org.verbund.workshop.api.ConstituteWorkingGroupCommand;
import org.verbund.workshop.api.DissolveWorkingGroupCommand;
import org.verbund.workshop.api.DraftMinutesCommand;
import org.verbund.workshop.api.DropActionItemCommand;
import org.verbund.workshop.api.HoldMeetingCommand;
import org.verbund.workshop.api.IdentifyChallengeCommand;
import org.verbund.workshop.api.MinutesApproval;
import org.verbund.workshop.api.MinutesCorrectionProposedEvent;
import org.verbund.workshop.api.PlanWorkshopSeriesCommand;
import org.verbund.workshop.api.ProposeMinutesCorrectionCommand;
import org.verbund.workshop.api.ProposeStrategyCommand;
import org.verbund.workshop.api.ReceiveResultsCommand;
import org.verbund.workshop.api.RecordAttendanceCommand;
import org.verbund.workshop.api.RecordDecisionCommand;
import org.verbund.workshop.api.RemoveMemberCommand;
import org.verbund.workshop.api.ReorderAgendaCommand;
import org.verbund.workshop.api.RescheduleMeetingCommand;
import org.verbund.workshop.api.ResponsibleLevel;
import org.verbund.workshop.api.ScheduleMeetingCommand;
import org.verbund.workshop.api.SetUpWorkingGroupCommand;
import org.verbund.workshop.api.StrategyProposedEvent;
import org.verbund.workshop.api.TransferId;
import org.verbund.workshop.api.TransferResultsCommand;
import org.verbund.workshop.api.DecisionId;
import org.verbund.workshop.api.WorkshopRule;
import org.verbund.workshop.api.WithdrawAgendaItemCommand;
import org.verbund.workshop.api.WorkingGroupSetUpEvent;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.verbund.workshop.command.MeetingFixture.AWO;
import static org.verbund.workshop.command.MeetingFixture.CARITAS;
import static org.verbund.workshop.command.MeetingFixture.GROUP;
import static org.verbund.workshop.command.MeetingFixture.MEETING;
import static org.verbund.workshop.command.MeetingFixture.MIA_DO_KI;
import static org.verbund.workshop.command.MeetingFixture.NEXT_MEETING;
import static org.verbund.workshop.command.MeetingFixture.ON;
import static org.verbund.workshop.command.MeetingFixture.SERIES;
import static org.verbund.workshop.command.MeetingFixture.STARTS_AT;
import static org.verbund.workshop.command.MeetingFixture.approved;
import static org.verbund.workshop.command.MeetingFixture.challenge;
import static org.verbund.workshop.command.MeetingFixture.drafted;
import static org.verbund.workshop.command.MeetingFixture.held;
import static org.verbund.workshop.command.MeetingFixture.schedule;
import static org.verbund.workshop.command.MeetingFixture.scheduled;

/**
 * Who may send each command of the workshop context, sent straight to the aggregates. The group (led and managed by
 * MIA-DO-KI, Caritas a member, not publishing) is run by its leading and managing organisations and coordinators;
 * members and attendees see it and are refused (403) the rest; to others it does not exist (404). Attendees amend
 * draft minutes; an action item's owner closes it; coordinators set groups up; Verbund delivers received results.
 */
class WorkshopPermissionsTest {

    private static final MetaData LEAD = Actors.partner(MIA_DO_KI.value());
    private static final MetaData COORDINATOR = Actors.coordinator();
    private static final MetaData MEMBER = Actors.partner(CARITAS.value());
    private static final MetaData MEMBERS_AUDITOR = Actors.as(Role.AUDITOR, CARITAS.value());
    private static final MetaData OUTSIDER = Actors.partner(AWO.value());
    private static final Matcher<?> RUN_BY_LEAD = Refusals.forbidden(WorkshopRule.GROUP_RUN_BY_LEAD.code());
    private static final Matcher<?> HIDDEN = Refusals.hidden();
    private static final OrganisationId BODY = new OrganisationId("koordinierungsgruppe-neuzuwanderung");
    private static final WorkingGroupSetUpEvent SET_UP = new WorkingGroupSetUpEvent(
            GROUP, "AK Handlungsrahmen Flüchtlinge", "Lösungsszenarien", MIA_DO_KI, MIA_DO_KI, BODY,
            List.of(MIA_DO_KI, CARITAS), false, ON);

    /** Who may, and who may not: the refusal each actor gets. */
    private record Rule(List<MetaData> allowed, Map<MetaData, Matcher<?>> refused) {
    }

    private static final Rule RUN_THE_GROUP = new Rule(
            List.of(LEAD, COORDINATOR),
            Map.of(MEMBER, RUN_BY_LEAD, MEMBERS_AUDITOR, RUN_BY_LEAD, OUTSIDER, HIDDEN));

    static Stream<Arguments> meetingCommands() {
        List<Object> withAgenda = with(List.of(scheduled()),
                                       new AgendaItemAddedEvent(MEETING, "item-1", "Begrüßung", ON));
        List<Object> withChallenge = held(challenge("challenge-1"));
        List<Object> withStrategy = held(challenge("challenge-1"), new StrategyProposedEvent(
                MEETING, GROUP, SERIES, "strategy-1", "Wohnraumagentur", List.of("challenge-1"), ON));
        List<Object> withActionItem = held(new ActionItemAssignedEvent(MEETING, GROUP, "action-1", "Übersicht",
                                                                       CARITAS, ON.plusWeeks(4), null, ON));
        List<Object> withCorrection = held(drafted(), approved(), new MinutesCorrectionProposedEvent(
                MEETING, "correction-1", "minutes", null, "richtig", ON));
        Rule ownerOrLead = new Rule(List.of(MEMBER, LEAD, COORDINATOR),
                                    Map.of(MEMBERS_AUDITOR, Refusals.forbidden("action-item.owner-or-lead"),
                                           OUTSIDER, HIDDEN));
        return Stream.of(
                Arguments.of("reschedule", List.of(scheduled()),
                             new RescheduleMeetingCommand(MEETING, STARTS_AT.plusDays(1), null, ON), RUN_THE_GROUP),
                Arguments.of("cancel", List.of(scheduled()), new CancelMeetingCommand(MEETING, ON), RUN_THE_GROUP),
                Arguments.of("hold", List.of(scheduled()), new HoldMeetingCommand(MEETING, ON), RUN_THE_GROUP),
                Arguments.of("add agenda item", List.of(scheduled()),
                             new AddAgendaItemCommand(MEETING, "item-2", "Wohnen", ON), RUN_THE_GROUP),
                Arguments.of("reorder agenda", withAgenda, new ReorderAgendaCommand(MEETING, List.of("item-1"), ON),
                             RUN_THE_GROUP),
                Arguments.of("withdraw agenda item", withAgenda, new WithdrawAgendaItemCommand(MEETING, "item-1", ON),
                             RUN_THE_GROUP),
                Arguments.of("attendance", List.of(scheduled()), new RecordAttendanceCommand(
                        MEETING, PersonRef.of("person-7"), null, AWO, ON), RUN_THE_GROUP),
                Arguments.of("challenge", held(), new IdentifyChallengeCommand(MEETING, "challenge-2", "Sprache", ON),
                             RUN_THE_GROUP),
                Arguments.of("strategy", withChallenge, new ProposeStrategyCommand(
                        MEETING, "strategy-2", "Lotsen", List.of("challenge-1"), ON), RUN_THE_GROUP),
                Arguments.of("actor", withStrategy, new AssignActorCommand(
                        MEETING, "actor-1", "strategy-1", "Land NRW", ResponsibleLevel.STATE, ON), RUN_THE_GROUP),
                Arguments.of("decision", held(), new RecordDecisionCommand(
                        MEETING, new DecisionId("decision-1"), "Clearingstelle", List.of(MIA_DO_KI), true, List.of(), ON),
                             RUN_THE_GROUP),
                Arguments.of("action item", held(), new AssignActionItemCommand(
                        MEETING, "action-2", "Liste", CARITAS, ON.plusWeeks(2), null, ON), RUN_THE_GROUP),
                Arguments.of("complete action item", withActionItem,
                             new CompleteActionItemCommand(MEETING, "action-1", ON), ownerOrLead),
                Arguments.of("drop action item", withActionItem, new DropActionItemCommand(MEETING, "action-1", ON),
                             ownerOrLead),
                Arguments.of("draft minutes", held(), new DraftMinutesCommand(MEETING, "Protokoll", ON), RUN_THE_GROUP),
                Arguments.of("amend minutes", held(drafted()), new AmendMinutesCommand(MEETING, "m1", "ergänzt", ON),
                             new Rule(List.of(MEMBER), Map.of(OUTSIDER, HIDDEN))),
                Arguments.of("approve minutes", held(drafted()), new ApproveMinutesCommand(
                        MEETING, MinutesApproval.NEXT_MEETING, NEXT_MEETING, ON), RUN_THE_GROUP),
                Arguments.of("propose correction", held(drafted(), approved()), new ProposeMinutesCorrectionCommand(
                        MEETING, "correction-2", "minutes", null, "richtig", ON), RUN_THE_GROUP),
                Arguments.of("approve correction", withCorrection, new ApproveMinutesCorrectionCommand(
                        MEETING, "correction-1", MinutesApproval.LEADING_ORGANISATION, null, ON), RUN_THE_GROUP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meetingCommands")
    void meetingCommandsAreSentByWhoMayAndRefusedToOthers(String name, List<Object> given, Object command, Rule rule) {
        for (MetaData allowed : rule.allowed()) {
            meetingFixture().given(given).when(command, allowed).expectSuccessfulHandlerExecution();
        }
        rule.refused().forEach((actor, refusal) -> meetingFixture().given(given).when(command, actor)
                                                                   .expectException(refusal).expectNoEvents());
    }

    @Test
    void whoRunsTheGroupSchedulesItsMeetings() {
        for (MetaData allowed : RUN_THE_GROUP.allowed()) {
            meetingFixture().givenNoPriorActivity().when(schedule(), allowed).expectSuccessfulHandlerExecution();
        }
        RUN_THE_GROUP.refused().forEach((actor, refusal) -> meetingFixture().givenNoPriorActivity()
                .when(schedule(), actor).expectException(refusal).expectNoEvents());
    }

    @Test
    void aPublishingGroupsMeetingsAreSeenByEveryoneButStillRunByItsLead() {
        MeetingFixture.Directory publishing = new MeetingFixture.Directory();
        publishing.publishesResults = true;
        FixtureConfiguration<Meeting> fixture = new AggregateTestFixture<>(Meeting.class)
                .registerInjectableResource(publishing).registerInjectableResource(MeetingFixture.registry());
        fixture.given(held()).when(new DraftMinutesCommand(MEETING, "Protokoll", ON), OUTSIDER)
               .expectException(RUN_BY_LEAD).expectNoEvents();
    }

    static Stream<Arguments> groupCommands() {
        ScheduleMeetingCommand constituent = schedule();
        return Stream.of(
                Arguments.of("admit", new AdmitMemberCommand(GROUP, AWO, ON)),
                Arguments.of("remove", new RemoveMemberCommand(GROUP, CARITAS, ON)),
                Arguments.of("constitute", new ConstituteWorkingGroupCommand(GROUP, constituent.meetingId(), ON)),
                Arguments.of("dissolve", new DissolveWorkingGroupCommand(GROUP, ON)),
                Arguments.of("transfer", new TransferResultsCommand(GROUP, new TransferId("transfer-1"), SERIES, null, "Ergebnisse",
                                                                    List.of(), ON)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groupCommands")
    void aGroupIsRunByItsLeadingAndManagingOrganisations(String name, Object command) {
        for (MetaData allowed : RUN_THE_GROUP.allowed()) {
            groupFixture().given(SET_UP).when(command, allowed).expectSuccessfulHandlerExecution();
        }
        RUN_THE_GROUP.refused().forEach((actor, refusal) -> groupFixture().given(SET_UP).when(command, actor)
                                                                          .expectException(refusal).expectNoEvents());
    }

    @Test
    void coordinatorsSetUpGroups() {
        SetUpWorkingGroupCommand setUp = new SetUpWorkingGroupCommand(GROUP, SET_UP.name(), SET_UP.mandate(), MIA_DO_KI,
                                                                      MIA_DO_KI, BODY, List.of(CARITAS), false, ON);
        groupFixture().givenNoPriorActivity().when(setUp, COORDINATOR).expectSuccessfulHandlerExecution();
        for (MetaData refused : List.of(LEAD, MEMBERS_AUDITOR)) {
            groupFixture().givenNoPriorActivity().when(setUp, refused)
                          .expectException(Refusals.forbidden("working-group.coordinators-only")).expectNoEvents();
        }
    }

    @Test
    void whoRunsTheGroupPlansItsSeries() {
        PlanWorkshopSeriesCommand plan = new PlanWorkshopSeriesCommand(new WorkshopSeriesId("series-2"), GROUP,
                                                                       "Reihe", null, ON);
        for (MetaData allowed : RUN_THE_GROUP.allowed()) {
            seriesFixture().givenNoPriorActivity().when(plan, allowed).expectSuccessfulHandlerExecution();
        }
        RUN_THE_GROUP.refused().forEach((actor, refusal) -> seriesFixture().givenNoPriorActivity().when(plan, actor)
                                                                           .expectException(refusal).expectNoEvents());
    }

    @Test
    void onlyVerbundDeliversReceivedResults() {
        ReceiveResultsCommand receive = new ReceiveResultsCommand(ReceiveResultsCommand.inboxOf(BODY), BODY,
                                                                  new TransferId("transfer-1"), GROUP, SERIES, null, "Ergebnisse",
                                                                  List.of(), ON);
        new AggregateTestFixture<>(ReceivedResults.class).givenNoPriorActivity()
                .when(receive, Actors.system("result-transfers")).expectSuccessfulHandlerExecution();
        for (MetaData refused : List.of(LEAD, COORDINATOR)) {
            new AggregateTestFixture<>(ReceivedResults.class).givenNoPriorActivity().when(receive, refused)
                    .expectException(Refusals.forbidden("received-results.delivered-by-verbund")).expectNoEvents();
        }
    }

    private static FixtureConfiguration<Meeting> meetingFixture() {
        return new AggregateTestFixture<>(Meeting.class).registerInjectableResource(new MeetingFixture.Directory())
                                                        .registerInjectableResource(MeetingFixture.registry());
    }

    private static FixtureConfiguration<WorkingGroup> groupFixture() {
        return new AggregateTestFixture<>(WorkingGroup.class).registerInjectableResource(new MeetingFixture.Directory())
                                                             .registerInjectableResource(MeetingFixture.registry());
    }

    private static FixtureConfiguration<WorkshopSeries> seriesFixture() {
        return new AggregateTestFixture<>(WorkshopSeries.class)
                .registerInjectableResource(new MeetingFixture.Directory());
    }

    private static List<Object> with(List<Object> history, Object more) {
        List<Object> all = new ArrayList<>(history);
        all.add(more);
        return all;
    }
}

package org.verbund.workshop.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.network.api.OrganisationRegistry;
import org.verbund.workshop.api.AddAgendaItemCommand;
import org.verbund.workshop.api.AmendMinutesCommand;
import org.verbund.workshop.api.ApproveMinutesCommand;
import org.verbund.workshop.api.ApproveMinutesCorrectionCommand;
import org.verbund.workshop.api.AssignActionItemCommand;
import org.verbund.workshop.api.AssignActorCommand;
import org.verbund.workshop.api.CancelMeetingCommand;
import org.verbund.workshop.api.CompleteActionItemCommand;
import org.verbund.workshop.api.DraftMinutesCommand;
import org.verbund.workshop.api.DropActionItemCommand;
import org.verbund.workshop.api.HoldMeetingCommand;
import org.verbund.workshop.api.IdentifyChallengeCommand;
import org.verbund.workshop.api.MeetingCancelledEvent;
import org.verbund.workshop.api.MeetingHeldEvent;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MeetingRescheduledEvent;
import org.verbund.workshop.api.MeetingScheduledEvent;
import org.verbund.workshop.api.MeetingStatus;
import org.verbund.workshop.api.ProposeMinutesCorrectionCommand;
import org.verbund.workshop.api.ProposeStrategyCommand;
import org.verbund.workshop.api.RecordAttendanceCommand;
import org.verbund.workshop.api.RecordDecisionCommand;
import org.verbund.workshop.api.ReorderAgendaCommand;
import org.verbund.workshop.api.RescheduleMeetingCommand;
import org.verbund.workshop.api.ScheduleMeetingCommand;
import org.verbund.workshop.api.WithdrawAgendaItemCommand;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkshopRule;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A meeting of a working group, from scheduling to approved minutes: scheduled, then held or cancelled; its agenda
 * ({@link MeetingAgenda}) changes while it is scheduled; attendance is recorded unless it was cancelled; outcomes
 * ({@link MeetingOutcomes}), action items ({@link ActionItem}) and minutes ({@link MeetingMinutes}) once it was held.
 * The meeting decides who acts (see {@link MeetingAccess}); its parts decide what may be recorded.
 *
 * <p>Revision 2: the meeting keeps its parts as aggregate members, so a snapshot of the earlier shape no longer fits
 * it; {@link MeetingSnapshotUpcaster} sets such snapshots aside and the meeting is rebuilt from its events.
 */
@Aggregate(snapshotTriggerDefinition = EventStoreConfiguration.SNAPSHOT_TRIGGER, filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
@Revision("2")
class Meeting {

    @AggregateIdentifier
    private MeetingId meetingId;
    private WorkingGroupId groupId;
    private WorkshopSeriesId seriesId;
    private MeetingStatus status;
    @AggregateMember
    private MeetingAgenda agenda;
    @AggregateMember
    private MeetingAttendance attendance;
    @AggregateMember
    private MeetingOutcomes outcomes;
    @AggregateMember
    private MeetingActionItems actionItems;
    @AggregateMember
    private MeetingMinutes minutes;

    Meeting() {
    }

    @CommandHandler
    Meeting(ScheduleMeetingCommand command, Actor actor, WorkshopDirectory directory) {
        directory.group(command.groupId()).filter(WorkshopDirectory.Group::active).orElseThrow(
                () -> WorkshopRule.MEETING_UNKNOWN_GROUP.violation("There is no active working group "
                                                                   + command.groupId())).requireRunBy(actor);
        if (command.seriesId() != null) {
            directory.series(command.seriesId()).orElseThrow(() -> WorkshopRule.MEETING_UNKNOWN_SERIES.violation(
                    "There is no workshop series " + command.seriesId()))
                     .requireWorkshop(command.groupId(), command.workshopNumber());
        }
        Required.text(command.title(), WorkshopRule.MEETING_TITLE_REQUIRED, "A meeting needs a title");
        Required.value(command.startsAt(), WorkshopRule.MEETING_DATE_REQUIRED, "A meeting needs a date and time");
        if (command.seriesId() != null) {
            directory.noteMeetingOfSeries(command.seriesId(), command.meetingId());
        }
        apply(new MeetingScheduledEvent(command.meetingId(), command.groupId(), command.seriesId(),
                                        command.workshopNumber(), command.title().strip(), command.startsAt(),
                                        command.place(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(RescheduleMeetingCommand command, Actor actor, WorkshopDirectory directory) {
        whileScheduled(actor, directory);
        Required.value(command.startsAt(), WorkshopRule.MEETING_DATE_REQUIRED, "A meeting needs a date and time");
        apply(new MeetingRescheduledEvent(meetingId, command.startsAt(), command.place(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(CancelMeetingCommand command, Actor actor, WorkshopDirectory directory) {
        whileScheduled(actor, directory);
        apply(new MeetingCancelledEvent(meetingId, groupId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(HoldMeetingCommand command, Actor actor, WorkshopDirectory directory) {
        whileScheduled(actor, directory);
        apply(new MeetingHeldEvent(meetingId, groupId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(AddAgendaItemCommand command, Actor actor, WorkshopDirectory directory) {
        whileScheduled(actor, directory);
        agenda.add(command);
    }

    @CommandHandler
    void handle(ReorderAgendaCommand command, Actor actor, WorkshopDirectory directory) {
        whileScheduled(actor, directory);
        agenda.reorder(command);
    }

    @CommandHandler
    void handle(WithdrawAgendaItemCommand command, Actor actor, WorkshopDirectory directory) {
        whileScheduled(actor, directory);
        agenda.withdraw(command);
    }

    @CommandHandler
    void handle(RecordAttendanceCommand command, Actor actor, WorkshopDirectory directory,
                OrganisationRegistry registry) {
        access(directory).requireRunBy(actor);
        if (status == MeetingStatus.CANCELLED) {
            throw WorkshopRule.MEETING_CANCELLED.violation("The meeting was cancelled");
        }
        attendance.record(command, registry);
    }

    @CommandHandler
    void handle(IdentifyChallengeCommand command, Actor actor, WorkshopDirectory directory) {
        onceHeld(actor, directory);
        outcomes.identify(command);
    }

    @CommandHandler
    void handle(ProposeStrategyCommand command, Actor actor, WorkshopDirectory directory) {
        onceHeld(actor, directory);
        outcomes.propose(command, seriesOf(directory));
    }

    @CommandHandler
    void handle(AssignActorCommand command, Actor actor, WorkshopDirectory directory) {
        onceHeld(actor, directory);
        outcomes.assign(command, seriesOf(directory));
    }

    @CommandHandler
    void handle(RecordDecisionCommand command, Actor actor, WorkshopDirectory directory,
                OrganisationRegistry registry) {
        onceHeld(actor, directory);
        outcomes.record(command, registry);
    }

    @CommandHandler
    void handle(AssignActionItemCommand command, Actor actor, WorkshopDirectory directory,
                OrganisationRegistry registry) {
        onceHeld(actor, directory);
        ActionItem.assign(meetingId, groupId, command, outcomes, registry);
    }

    @CommandHandler
    void handle(CompleteActionItemCommand command, Actor actor, WorkshopDirectory directory) {
        actionItems.toClose(command.actionItemId(), actor, access(directory)).complete(command.effectiveOn());
    }

    @CommandHandler
    void handle(DropActionItemCommand command, Actor actor, WorkshopDirectory directory) {
        actionItems.toClose(command.actionItemId(), actor, access(directory)).drop(command.effectiveOn());
    }

    @CommandHandler
    void handle(DraftMinutesCommand command, Actor actor, WorkshopDirectory directory) {
        onceHeld(actor, directory);
        minutes.draft(command);
    }

    @CommandHandler
    void handle(AmendMinutesCommand command, Actor actor, WorkshopDirectory directory) {
        access(directory).requireVisibleTo(actor);
        minutes.amend(command, actor.organisation(), attendance.organisations().contains(actor.organisation()));
    }

    @CommandHandler
    void handle(ApproveMinutesCommand command, Actor actor, WorkshopDirectory directory) {
        access(directory).requireRunBy(actor);
        minutes.approve(command, directory);
    }

    @CommandHandler
    void handle(ProposeMinutesCorrectionCommand command, Actor actor, WorkshopDirectory directory) {
        access(directory).requireRunBy(actor);
        minutes.proposeCorrection(command);
    }

    @CommandHandler
    void handle(ApproveMinutesCorrectionCommand command, Actor actor, WorkshopDirectory directory) {
        access(directory).requireRunBy(actor);
        minutes.approveCorrection(command, directory);
    }

    WorkingGroupId groupId() {
        return groupId;
    }

    /** What was recorded here, for the later meetings of the series. */
    MeetingOutcomes outcomes() {
        return outcomes;
    }

    private MeetingAccess access(WorkshopDirectory directory) {
        return new MeetingAccess(directory.group(groupId).orElseThrow(RuleViolation::notFound),
                                 attendance.organisations());
    }

    private Optional<WorkshopDirectory.Series> seriesOf(WorkshopDirectory directory) {
        return seriesId == null ? Optional.empty() : directory.series(seriesId);
    }

    private void whileScheduled(Actor actor, WorkshopDirectory directory) {
        access(directory).requireRunBy(actor);
        if (status != MeetingStatus.SCHEDULED) {
            throw WorkshopRule.MEETING_NOT_SCHEDULED.violation("The meeting is " + status + ", no longer scheduled");
        }
    }

    private void onceHeld(Actor actor, WorkshopDirectory directory) {
        access(directory).requireRunBy(actor);
        if (status == MeetingStatus.CANCELLED) {
            throw WorkshopRule.MEETING_CANCELLED.violation("A cancelled meeting has no outcomes");
        }
        if (status != MeetingStatus.HELD) {
            throw WorkshopRule.MEETING_NOT_HELD.violation("Outcomes are recorded once the meeting is held");
        }
    }

    @EventSourcingHandler
    void on(MeetingScheduledEvent event) {
        meetingId = event.meetingId();
        groupId = event.groupId();
        seriesId = event.seriesId();
        status = MeetingStatus.SCHEDULED;
        agenda = new MeetingAgenda(meetingId);
        attendance = new MeetingAttendance(meetingId);
        outcomes = new MeetingOutcomes(meetingId, groupId, seriesId);
        actionItems = new MeetingActionItems(meetingId);
        minutes = new MeetingMinutes(meetingId, groupId);
    }

    @EventSourcingHandler
    void on(MeetingCancelledEvent event) {
        status = MeetingStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(MeetingHeldEvent event) {
        status = MeetingStatus.HELD;
    }
}

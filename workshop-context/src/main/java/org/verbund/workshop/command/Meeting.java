package org.verbund.workshop.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.core.eventstore.EventStoreConfiguration;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.network.api.OrganisationRegistry;
import org.verbund.workshop.api.ActionItemAssignedEvent;
import org.verbund.workshop.api.ActionItemDoneEvent;
import org.verbund.workshop.api.ActionItemDroppedEvent;
import org.verbund.workshop.api.ActorAssignedEvent;
import org.verbund.workshop.api.AddAgendaItemCommand;
import org.verbund.workshop.api.AgendaItemAddedEvent;
import org.verbund.workshop.api.AgendaItemWithdrawnEvent;
import org.verbund.workshop.api.AgendaReorderedEvent;
import org.verbund.workshop.api.AmendMinutesCommand;
import org.verbund.workshop.api.ApproveMinutesCommand;
import org.verbund.workshop.api.ApproveMinutesCorrectionCommand;
import org.verbund.workshop.api.AssignActionItemCommand;
import org.verbund.workshop.api.AssignActorCommand;
import org.verbund.workshop.api.AttendanceRecordedEvent;
import org.verbund.workshop.api.CancelMeetingCommand;
import org.verbund.workshop.api.ChallengeIdentifiedEvent;
import org.verbund.workshop.api.CompleteActionItemCommand;
import org.verbund.workshop.api.DecisionRecordedEvent;
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
import org.verbund.workshop.api.MinutesAmendedEvent;
import org.verbund.workshop.api.MinutesApproval;
import org.verbund.workshop.api.MinutesApprovedEvent;
import org.verbund.workshop.api.MinutesCorrectionApprovedEvent;
import org.verbund.workshop.api.MinutesCorrectionProposedEvent;
import org.verbund.workshop.api.MinutesDraftedEvent;
import org.verbund.workshop.api.ProposeMinutesCorrectionCommand;
import org.verbund.workshop.api.ProposeStrategyCommand;
import org.verbund.workshop.api.RecordAttendanceCommand;
import org.verbund.workshop.api.RecordDecisionCommand;
import org.verbund.workshop.api.ReorderAgendaCommand;
import org.verbund.workshop.api.RescheduleMeetingCommand;
import org.verbund.workshop.api.ScheduleMeetingCommand;
import org.verbund.workshop.api.StrategyProposedEvent;
import org.verbund.workshop.api.WithdrawAgendaItemCommand;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A meeting of a working group, from scheduling to approved minutes. Outcomes (challenges, strategies, actors,
 * decisions, action items) are recorded once it was held, never on a cancelled one. Minutes are drafted, amended by
 * the organisations that attended, approved and then frozen: a later correction is its own event, approved on its
 * own, pointing at what it corrects, and the approved text stays as it was. Who runs the group records on its meetings;
 * attendees amend the draft minutes; an action item's owner closes it.
 */
@Aggregate(snapshotTriggerDefinition = EventStoreConfiguration.SNAPSHOT_TRIGGER, filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Meeting {

    /** What a correction may point at besides an earlier correction: the approved minutes themselves. */
    public static final String APPROVED_MINUTES = "minutes";

    enum MinutesState { NONE, DRAFT, APPROVED }

    @AggregateIdentifier
    private MeetingId meetingId;
    private WorkingGroupId groupId;
    private WorkshopSeriesId seriesId;
    private MeetingStatus status;
    private List<String> agenda = new ArrayList<>();
    private Set<PersonRef> attendees = new HashSet<>();
    private Set<OrganisationId> attendingOrganisations = new HashSet<>();
    private Set<String> outcomeIds = new HashSet<>();
    private Set<String> challenges = new HashSet<>();
    private Set<String> strategies = new HashSet<>();
    private Set<String> decisions = new HashSet<>();
    /** Action item id to its owner, while it is open. */
    private Map<String, OrganisationId> openActionItems = new HashMap<>();
    private Set<String> closedActionItems = new HashSet<>();
    private MinutesState minutes = MinutesState.NONE;
    private String minutesText;
    /** Correction id to whether it is approved. */
    private Map<String, Boolean> corrections = new HashMap<>();

    protected Meeting() {
    }

    @CommandHandler
    public Meeting(ScheduleMeetingCommand command, Actor actor, WorkshopDirectory directory) {
        directory.group(command.groupId()).filter(WorkshopDirectory.Group::active).orElseThrow(
                () -> RuleViolation.unprocessable("meeting.unknown-group",
                                                  "There is no active working group " + command.groupId()))
                 .requireRunBy(actor);
        if (command.seriesId() != null) {
            WorkshopDirectory.Series series = directory.series(command.seriesId()).orElseThrow(
                    () -> RuleViolation.unprocessable("meeting.unknown-series",
                                                      "There is no workshop series " + command.seriesId()));
            if (!series.groupId().equals(command.groupId())
                || (command.workshopNumber() != null && !series.workshops().contains(command.workshopNumber()))) {
                throw RuleViolation.unprocessable("meeting.not-in-series",
                                                  "The series has no such workshop for this group");
            }
        }
        requireText(command.title(), "meeting.title-required", "A meeting needs a title");
        if (command.startsAt() == null) {
            throw RuleViolation.unprocessable("meeting.date-required", "A meeting needs a date and time");
        }
        if (command.seriesId() != null) {
            directory.noteMeetingOfSeries(command.seriesId(), command.meetingId());
        }
        apply(new MeetingScheduledEvent(command.meetingId(), command.groupId(), command.seriesId(),
                                        command.workshopNumber(), command.title().strip(), command.startsAt(),
                                        command.place(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(RescheduleMeetingCommand command, Actor actor, WorkshopDirectory directory) {
        requireRunBy(actor, directory);
        requireScheduled();
        if (command.startsAt() == null) {
            throw RuleViolation.unprocessable("meeting.date-required", "A meeting needs a date and time");
        }
        apply(new MeetingRescheduledEvent(meetingId, command.startsAt(), command.place(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(CancelMeetingCommand command, Actor actor, WorkshopDirectory directory) {
        requireRunBy(actor, directory);
        requireScheduled();
        apply(new MeetingCancelledEvent(meetingId, groupId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(HoldMeetingCommand command, Actor actor, WorkshopDirectory directory) {
        requireRunBy(actor, directory);
        requireScheduled();
        apply(new MeetingHeldEvent(meetingId, groupId, command.effectiveOn()));
    }

    @CommandHandler
    void handle(AddAgendaItemCommand command, Actor actor, WorkshopDirectory directory) {
        requireRunBy(actor, directory);
        requireScheduled();
        requireText(command.title(), "agenda.title-required", "An agenda item needs a title");
        requireNewId(command.itemId(), agenda);
        apply(new AgendaItemAddedEvent(meetingId, command.itemId(), command.title().strip(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(ReorderAgendaCommand command, Actor actor, WorkshopDirectory directory) {
        requireRunBy(actor, directory);
        requireScheduled();
        if (command.itemIds() == null || command.itemIds().size() != agenda.size()
            || !new HashSet<>(command.itemIds()).equals(new HashSet<>(agenda))) {
            throw RuleViolation.unprocessable("agenda.not-a-permutation",
                                              "A new order lists every agenda item once: " + agenda);
        }
        apply(new AgendaReorderedEvent(meetingId, List.copyOf(command.itemIds()), command.effectiveOn()));
    }

    @CommandHandler
    void handle(WithdrawAgendaItemCommand command, Actor actor, WorkshopDirectory directory) {
        requireRunBy(actor, directory);
        requireScheduled();
        if (!agenda.contains(command.itemId())) {
            throw RuleViolation.unprocessable("agenda.unknown-item", "There is no agenda item " + command.itemId());
        }
        apply(new AgendaItemWithdrawnEvent(meetingId, command.itemId(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(RecordAttendanceCommand command, Actor actor, WorkshopDirectory directory,
                OrganisationRegistry registry) {
        requireRunBy(actor, directory);
        if (status == MeetingStatus.CANCELLED) {
            throw RuleViolation.conflict("meeting.cancelled", "The meeting was cancelled");
        }
        if (command.person() == null || command.onBehalfOf() == null) {
            throw RuleViolation.unprocessable("attendance.person-and-organisation-required",
                                              "Attendance names a person reference and the organisation represented");
        }
        if (command.name() != null && !command.name().subject().equals(command.person())) {
            throw RuleViolation.unprocessable("personal-data.wrong-subject",
                                              "Personal data belongs to the person it is about");
        }
        registry.requireActive(command.onBehalfOf(), "attendance.unknown-organisation");
        if (!attendees.contains(command.person())) {
            apply(new AttendanceRecordedEvent(meetingId, command.person(), command.name(), command.onBehalfOf(),
                                              command.effectiveOn()));
        }
    }

    @CommandHandler
    void handle(IdentifyChallengeCommand command, Actor actor, WorkshopDirectory directory) {
        requireRunBy(actor, directory);
        requireHeld();
        requireText(command.text(), "outcome.text-required", "A challenge needs a text");
        requireNewOutcome(command.challengeId());
        apply(new ChallengeIdentifiedEvent(meetingId, groupId, seriesId, command.challengeId(), command.text().strip(),
                                           command.effectiveOn()));
    }

    @CommandHandler
    void handle(ProposeStrategyCommand command, Actor actor, WorkshopDirectory directory) {
        requireRunBy(actor, directory);
        requireHeld();
        requireText(command.text(), "outcome.text-required", "A strategy needs a text");
        requireNewOutcome(command.strategyId());
        if (command.addressesChallenges() == null || command.addressesChallenges().isEmpty()) {
            throw RuleViolation.unprocessable("strategy.challenge-required",
                                              "A strategy addresses at least one challenge");
        }
        Set<String> known = new HashSet<>(challenges);
        seriesOf(directory).ifPresent(series -> known.addAll(series.challenges()));
        for (String challenge : command.addressesChallenges()) {
            if (!known.contains(challenge)) {
                throw RuleViolation.unprocessable("strategy.unknown-challenge",
                                                  "No challenge " + challenge + " in this meeting or its series");
            }
        }
        apply(new StrategyProposedEvent(meetingId, groupId, seriesId, command.strategyId(), command.text().strip(),
                                        List.copyOf(new LinkedHashSet<>(command.addressesChallenges())),
                                        command.effectiveOn()));
    }

    @CommandHandler
    void handle(AssignActorCommand command, Actor actor, WorkshopDirectory directory) {
        requireRunBy(actor, directory);
        requireHeld();
        requireText(command.actor(), "actor.actor-required", "Name the actor (an institution)");
        requireNewOutcome(command.assignmentId());
        if (command.level() == null) {
            throw RuleViolation.unprocessable("actor.level-required",
                                              "An actor has a responsible level: CITY, STATE, FEDERAL, EU or OTHER");
        }
        Set<String> known = new HashSet<>(strategies);
        seriesOf(directory).ifPresent(series -> known.addAll(series.strategies()));
        if (!known.contains(command.strategyId())) {
            throw RuleViolation.unprocessable("actor.unknown-strategy",
                                              "No strategy " + command.strategyId() + " in this meeting or its series");
        }
        apply(new ActorAssignedEvent(meetingId, groupId, seriesId, command.assignmentId(), command.strategyId(),
                                     command.actor().strip(), command.level(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(RecordDecisionCommand command, Actor actor, WorkshopDirectory directory,
                OrganisationRegistry registry) {
        requireRunBy(actor, directory);
        requireHeld();
        requireText(command.text(), "decision.text-required", "A decision needs a text");
        requireNewOutcome(command.decisionId());
        if (command.decidedBy() == null || command.decidedBy().isEmpty()) {
            throw RuleViolation.unprocessable("decision.decided-by-required", "Say who decided");
        }
        List<org.verbund.workshop.api.Dissent> dissent = command.dissent() == null ? List.of() : command.dissent();
        if (command.unanimous() != dissent.isEmpty()) {
            throw RuleViolation.unprocessable("decision.dissent-or-unanimous",
                                              "A decision is unanimous, or the dissent is recorded");
        }
        registry.requireActive(command.decidedBy(), "decision.unknown-organisation");
        registry.requireActive(dissent.stream().map(org.verbund.workshop.api.Dissent::organisation).toList(),
                               "decision.unknown-organisation");
        apply(new DecisionRecordedEvent(meetingId, groupId, command.decisionId(), command.text().strip(),
                                        List.copyOf(command.decidedBy()), command.unanimous(), List.copyOf(dissent),
                                        command.effectiveOn()));
    }

    @CommandHandler
    void handle(AssignActionItemCommand command, Actor actor, WorkshopDirectory directory,
                OrganisationRegistry registry) {
        requireRunBy(actor, directory);
        requireHeld();
        requireText(command.text(), "action-item.text-required", "An action item needs a text");
        if (command.owner() == null || command.dueOn() == null) {
            throw RuleViolation.unprocessable("action-item.owner-and-due-date-required",
                                              "An action item needs an owner organisation and a due date");
        }
        requireNewOutcome(command.actionItemId());
        registry.requireActive(command.owner(), "action-item.unknown-owner");
        if (command.decisionId() != null && !decisions.contains(command.decisionId())) {
            throw RuleViolation.unprocessable("action-item.unknown-decision",
                                              "No decision " + command.decisionId() + " in this meeting");
        }
        apply(new ActionItemAssignedEvent(meetingId, groupId, command.actionItemId(), command.text().strip(),
                                          command.owner(), command.dueOn(), command.decisionId(),
                                          command.effectiveOn()));
    }

    @CommandHandler
    void handle(CompleteActionItemCommand command, Actor actor, WorkshopDirectory directory) {
        requireOwnerOrLead(actor, directory, command.actionItemId());
        OrganisationId owner = openActionItem(command.actionItemId());
        apply(new ActionItemDoneEvent(meetingId, command.actionItemId(), owner, command.effectiveOn()));
    }

    @CommandHandler
    void handle(DropActionItemCommand command, Actor actor, WorkshopDirectory directory) {
        requireOwnerOrLead(actor, directory, command.actionItemId());
        OrganisationId owner = openActionItem(command.actionItemId());
        apply(new ActionItemDroppedEvent(meetingId, command.actionItemId(), owner, command.effectiveOn()));
    }

    @CommandHandler
    void handle(DraftMinutesCommand command, Actor actor, WorkshopDirectory directory) {
        requireRunBy(actor, directory);
        requireHeld();
        if (minutes != MinutesState.NONE) {
            throw RuleViolation.conflict("minutes.already-drafted", "The minutes were drafted already");
        }
        requireText(command.text(), "minutes.text-required", "Minutes need a text");
        apply(new MinutesDraftedEvent(meetingId, command.text(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(AmendMinutesCommand command, Actor actor, WorkshopDirectory directory) {
        requireVisibleTo(actor, directory);
        requireDraftMinutes();
        if (actor.organisation() == null || !attendingOrganisations.contains(actor.organisation())) {
            throw RuleViolation.conflict("minutes.only-attendees-amend",
                                         "Only organisations that attended the meeting amend its minutes");
        }
        requireText(command.text(), "minutes.text-required", "Minutes need a text");
        apply(new MinutesAmendedEvent(meetingId, command.amendmentId(), actor.organisation(), command.text(),
                                      command.effectiveOn()));
    }

    @CommandHandler
    void handle(ApproveMinutesCommand command, Actor actor, WorkshopDirectory directory) {
        requireRunBy(actor, directory);
        requireDraftMinutes();
        requireApprovalBy(command.approvedAt(), command.atMeeting(), directory);
        apply(new MinutesApprovedEvent(meetingId, groupId, command.approvedAt(), command.atMeeting(), minutesText,
                                       command.effectiveOn()));
    }

    @CommandHandler
    void handle(ProposeMinutesCorrectionCommand command, Actor actor, WorkshopDirectory directory) {
        requireRunBy(actor, directory);
        if (minutes != MinutesState.APPROVED) {
            throw RuleViolation.conflict("minutes.not-approved",
                                         "Draft minutes are amended; only approved minutes are corrected");
        }
        if (!APPROVED_MINUTES.equals(command.corrects()) && !corrections.containsKey(command.corrects())) {
            throw RuleViolation.unprocessable("correction.unknown-target",
                                              "A correction points at the approved minutes (\"" + APPROVED_MINUTES
                                              + "\") or at an earlier correction");
        }
        requireText(command.text(), "correction.text-required", "A correction says what is right");
        if (command.correctionId() == null || corrections.containsKey(command.correctionId())) {
            throw RuleViolation.unprocessable("correction.id-taken", "A correction needs an id of its own");
        }
        apply(new MinutesCorrectionProposedEvent(meetingId, command.correctionId(), command.corrects(),
                                                 command.passage(), command.text(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(ApproveMinutesCorrectionCommand command, Actor actor, WorkshopDirectory directory) {
        requireRunBy(actor, directory);
        Boolean approved = corrections.get(command.correctionId());
        if (approved == null) {
            throw RuleViolation.unprocessable("correction.unknown", "There is no correction " + command.correctionId());
        }
        if (approved) {
            throw RuleViolation.conflict("correction.already-approved", "The correction was approved already");
        }
        requireApprovalBy(command.approvedAt(), command.atMeeting(), directory);
        apply(new MinutesCorrectionApprovedEvent(meetingId, groupId, command.correctionId(), command.approvedAt(),
                                                 command.atMeeting(), command.effectiveOn()));
    }

    private void requireApprovalBy(MinutesApproval approvedAt, MeetingId atMeeting, WorkshopDirectory directory) {
        if (approvedAt == null) {
            throw RuleViolation.unprocessable("minutes.approval-required",
                                              "Say who approves: LEADING_ORGANISATION or NEXT_MEETING");
        }
        if (approvedAt == MinutesApproval.NEXT_MEETING && (atMeeting == null || atMeeting.equals(meetingId))) {
            throw RuleViolation.unprocessable("minutes.next-meeting-required",
                                              "Approval at the next meeting names that (other) meeting");
        }
        if (atMeeting != null && !directory.groupOfMeeting(atMeeting).filter(groupId::equals).isPresent()) {
            throw RuleViolation.unprocessable("minutes.unknown-next-meeting",
                                              "The group has no meeting " + atMeeting);
        }
    }

    private void requireRunBy(Actor actor, WorkshopDirectory directory) {
        MeetingAccess.requireRunBy(actor, groupOf(directory), attendingOrganisations);
    }

    private void requireOwnerOrLead(Actor actor, WorkshopDirectory directory, String actionItemId) {
        MeetingAccess.requireOwnerOrLead(actor, groupOf(directory), attendingOrganisations,
                                         openActionItems.get(actionItemId));
    }

    private void requireVisibleTo(Actor actor, WorkshopDirectory directory) {
        MeetingAccess.requireVisibleTo(actor, groupOf(directory), attendingOrganisations);
    }

    private WorkshopDirectory.Group groupOf(WorkshopDirectory directory) {
        return directory.group(groupId).orElseThrow(RuleViolation::notFound);
    }

    WorkingGroupId groupId() {
        return groupId;
    }

    /** The challenges and strategies recorded here, for the later meetings of the series. */
    Set<String> challenges() {
        return Set.copyOf(challenges);
    }

    Set<String> strategies() {
        return Set.copyOf(strategies);
    }

    private java.util.Optional<WorkshopDirectory.Series> seriesOf(WorkshopDirectory directory) {
        return seriesId == null ? java.util.Optional.empty() : directory.series(seriesId);
    }

    private OrganisationId openActionItem(String actionItemId) {
        OrganisationId owner = openActionItems.get(actionItemId);
        if (owner == null) {
            if (closedActionItems.contains(actionItemId)) {
                throw RuleViolation.conflict("action-item.closed", "The action item is done or dropped already");
            }
            throw RuleViolation.unprocessable("action-item.unknown", "There is no action item " + actionItemId);
        }
        return owner;
    }

    private void requireScheduled() {
        if (status != MeetingStatus.SCHEDULED) {
            throw RuleViolation.conflict("meeting.not-scheduled", "The meeting is " + status + ", no longer scheduled");
        }
    }

    private void requireHeld() {
        if (status == MeetingStatus.CANCELLED) {
            throw RuleViolation.conflict("meeting.cancelled", "A cancelled meeting has no outcomes");
        }
        if (status != MeetingStatus.HELD) {
            throw RuleViolation.conflict("meeting.not-held", "Outcomes are recorded once the meeting is held");
        }
    }

    private void requireDraftMinutes() {
        if (minutes == MinutesState.APPROVED) {
            throw RuleViolation.conflict("minutes.frozen",
                                         "Approved minutes are frozen; propose a correction instead");
        }
        if (minutes == MinutesState.NONE) {
            throw RuleViolation.conflict("minutes.not-drafted", "There are no draft minutes yet");
        }
    }

    private void requireNewOutcome(String id) {
        if (id == null || id.isBlank() || outcomeIds.contains(id)) {
            throw RuleViolation.unprocessable("outcome.id-taken", "An outcome needs an id of its own");
        }
    }

    private static void requireNewId(String id, List<String> taken) {
        if (id == null || id.isBlank() || taken.contains(id)) {
            throw RuleViolation.unprocessable("agenda.id-taken", "An agenda item needs an id of its own");
        }
    }

    private static void requireText(String text, String code, String message) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.unprocessable(code, message);
        }
    }

    @EventSourcingHandler
    void on(MeetingScheduledEvent event) {
        meetingId = event.meetingId();
        groupId = event.groupId();
        seriesId = event.seriesId();
        status = MeetingStatus.SCHEDULED;
    }

    @EventSourcingHandler
    void on(MeetingCancelledEvent event) {
        status = MeetingStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(MeetingHeldEvent event) {
        status = MeetingStatus.HELD;
    }

    @EventSourcingHandler
    void on(AgendaItemAddedEvent event) {
        agenda.add(event.itemId());
    }

    @EventSourcingHandler
    void on(AgendaReorderedEvent event) {
        agenda = new ArrayList<>(event.itemIds());
    }

    @EventSourcingHandler
    void on(AgendaItemWithdrawnEvent event) {
        agenda.remove(event.itemId());
    }

    @EventSourcingHandler
    void on(AttendanceRecordedEvent event) {
        attendees.add(event.person());
        attendingOrganisations.add(event.onBehalfOf());
    }

    @EventSourcingHandler
    void on(ChallengeIdentifiedEvent event) {
        outcomeIds.add(event.challengeId());
        challenges.add(event.challengeId());
    }

    @EventSourcingHandler
    void on(StrategyProposedEvent event) {
        outcomeIds.add(event.strategyId());
        strategies.add(event.strategyId());
    }

    @EventSourcingHandler
    void on(ActorAssignedEvent event) {
        outcomeIds.add(event.assignmentId());
    }

    @EventSourcingHandler
    void on(DecisionRecordedEvent event) {
        outcomeIds.add(event.decisionId());
        decisions.add(event.decisionId());
    }

    @EventSourcingHandler
    void on(ActionItemAssignedEvent event) {
        outcomeIds.add(event.actionItemId());
        openActionItems.put(event.actionItemId(), event.owner());
    }

    @EventSourcingHandler
    void on(ActionItemDoneEvent event) {
        openActionItems.remove(event.actionItemId());
        closedActionItems.add(event.actionItemId());
    }

    @EventSourcingHandler
    void on(ActionItemDroppedEvent event) {
        openActionItems.remove(event.actionItemId());
        closedActionItems.add(event.actionItemId());
    }

    @EventSourcingHandler
    void on(MinutesDraftedEvent event) {
        minutes = MinutesState.DRAFT;
        minutesText = event.text();
    }

    @EventSourcingHandler
    void on(MinutesAmendedEvent event) {
        minutesText = event.text();
    }

    @EventSourcingHandler
    void on(MinutesApprovedEvent event) {
        minutes = MinutesState.APPROVED;
    }

    @EventSourcingHandler
    void on(MinutesCorrectionProposedEvent event) {
        corrections.put(event.correctionId(), false);
    }

    @EventSourcingHandler
    void on(MinutesCorrectionApprovedEvent event) {
        corrections.put(event.correctionId(), true);
    }
}

package org.verbund.workshop.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import org.verbund.core.privacy.PersonalDataKeys;
import org.verbund.core.privacy.PersonalDataModule;
import org.verbund.core.readmodel.ReadModels;
import org.verbund.core.readmodel.SequencedDocument.Seen;
import org.verbund.core.readmodel.SequencedDocuments;
import org.verbund.workshop.api.ActionItemAssignedEvent;
import org.verbund.workshop.api.ActionItemDoneEvent;
import org.verbund.workshop.api.ActionItemDroppedEvent;
import org.verbund.workshop.api.ActionItemState;
import org.verbund.workshop.api.ActorAssignedEvent;
import org.verbund.workshop.api.AgendaItemAddedEvent;
import org.verbund.workshop.api.AgendaItemWithdrawnEvent;
import org.verbund.workshop.api.AgendaReorderedEvent;
import org.verbund.workshop.api.AttendanceRecordedEvent;
import org.verbund.workshop.api.ChallengeIdentifiedEvent;
import org.verbund.workshop.api.DecisionRecordedEvent;
import org.verbund.workshop.api.FindMeetingInFullQuery;
import org.verbund.workshop.api.FindMeetingQuery;
import org.verbund.workshop.api.MeetingCancelledEvent;
import org.verbund.workshop.api.MeetingHeldEvent;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MeetingRescheduledEvent;
import org.verbund.workshop.api.MeetingScheduledEvent;
import org.verbund.workshop.api.MeetingView;
import org.verbund.workshop.api.MinutesAmendedEvent;
import org.verbund.workshop.api.MinutesApprovedEvent;
import org.verbund.workshop.api.MinutesCorrectionApprovedEvent;
import org.verbund.workshop.api.MinutesCorrectionProposedEvent;
import org.verbund.workshop.api.MinutesDraftedEvent;
import org.verbund.workshop.api.StrategyProposedEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;

import static org.verbund.core.readmodel.JsonDocuments.replaceOrAdd;

/**
 * The meetings read model: one document per meeting in {@code meetings}, keyed by its id; it also lists each meeting
 * in its group ({@link WorkingGroupsProjection#listMeeting}). Members of the group and attendees read a meeting
 * whole; others what a publishing group publishes of it; to the rest it does not exist. Shares its processing group
 * with the other workshop read models (see {@link WorkingGroupsProjection}).
 */
@Component
@ProcessingGroup(WorkingGroupsProjection.PROCESSING_GROUP)
class MeetingsProjection {

    private final SequencedDocuments<MeetingDocument> meetings;
    private final WorkingGroupsProjection groups;
    private final MeetingSubscribers subscribers;

    MeetingsProjection(@ReadModels MongoDatabase verbundDatabase, PersonalDataKeys personalDataKeys,
                       WorkingGroupsProjection groups, QueryUpdateEmitter updates) {
        // attendees' names are stored as the events hold them: encrypted, and erased with the person's key
        this.meetings = new SequencedDocuments<>(verbundDatabase.getCollection("meetings"), MeetingDocument.class,
                                               new PersonalDataModule(personalDataKeys));
        this.groups = groups;
        this.subscribers = new MeetingSubscribers(updates, groups);
    }

    @EventHandler
    void on(MeetingScheduledEvent event, @SequenceNumber long sequence) {
        meetings.changeOrStartBy(event.meetingId().value(), Seen.of(event.meetingId(), sequence), MeetingDocument::new,
                               meeting -> meeting.scheduled(event))
                .ifPresent(meeting -> {
                    listed(meeting);
                    subscribers.changed(meeting);
                });
    }

    @EventHandler
    void on(MeetingRescheduledEvent event, @SequenceNumber long sequence) {
        relisted(event.meetingId(), sequence, meeting -> meeting.rescheduled(event.startsAt(), event.place()));
    }

    @EventHandler
    void on(MeetingCancelledEvent event, @SequenceNumber long sequence) {
        relisted(event.meetingId(), sequence, meeting -> meeting.cancelled(event.effectiveOn()));
    }

    @EventHandler
    void on(MeetingHeldEvent event, @SequenceNumber long sequence) {
        relisted(event.meetingId(), sequence, meeting -> meeting.held(event.effectiveOn()));
    }

    @EventHandler
    void on(AgendaItemAddedEvent event, @SequenceNumber long sequence) {
        MeetingView.AgendaItem item = new MeetingView.AgendaItem(event.itemId(), event.title());
        meeting(event.meetingId(), sequence,
                meeting -> replaceOrAdd(meeting.agenda, same -> same.id().equals(item.id()), item));
    }

    @EventHandler
    void on(AgendaReorderedEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence, meeting -> meeting.agenda.sort(
                Comparator.comparingInt(item -> event.itemIds().indexOf(item.id()))));
    }

    @EventHandler
    void on(AgendaItemWithdrawnEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence, meeting -> meeting.agenda.stream()
                .filter(item -> item.id().equals(event.itemId())).findFirst().ifPresent(item -> {
                    meeting.agenda.remove(item);
                    meeting.withdrawnAgendaItems.add(item);
                }));
    }

    @EventHandler
    void on(AttendanceRecordedEvent event, @SequenceNumber long sequence) {
        MeetingView.Attendee attendee = new MeetingView.Attendee(event.person(), event.name());
        meeting(event.meetingId(), sequence, meeting -> replaceOrAdd(
                meeting.attendance.computeIfAbsent(event.onBehalfOf().value(), organisation -> new ArrayList<>()),
                same -> same.person().equals(event.person()), attendee));
    }

    @EventHandler
    void on(ChallengeIdentifiedEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence, meeting -> meeting.challenges.add(
                new MeetingView.Outcome(event.challengeId(), event.text(), null, null, null)));
    }

    @EventHandler
    void on(StrategyProposedEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence, meeting -> meeting.strategies.add(new MeetingView.Outcome(
                event.strategyId(), event.text(), event.addressesChallenges(), null, null)));
    }

    @EventHandler
    void on(ActorAssignedEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence, meeting -> meeting.actors.add(new MeetingView.Outcome(
                event.assignmentId(), event.actor(), null, event.strategyId(), event.level())));
    }

    @EventHandler
    void on(DecisionRecordedEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence, meeting -> meeting.decisions.add(new MeetingView.Decision(
                event.decisionId(), event.text(), event.decidedBy(), event.unanimous(), event.dissent(),
                event.effectiveOn())));
    }

    @EventHandler
    void on(ActionItemAssignedEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence, meeting -> meeting.actionItems.add(new MeetingView.ActionItem(
                event.actionItemId(), event.text(), event.owner(), event.dueOn(), event.decisionId(),
                ActionItemState.OPEN, null)));
    }

    @EventHandler
    void on(ActionItemDoneEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence,
                meeting -> meeting.close(event.actionItemId(), ActionItemState.DONE, event.effectiveOn()));
    }

    @EventHandler
    void on(ActionItemDroppedEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence,
                meeting -> meeting.close(event.actionItemId(), ActionItemState.DROPPED, event.effectiveOn()));
    }

    @EventHandler
    void on(MinutesDraftedEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence, meeting -> meeting.minutes.drafted(event.text(), event.effectiveOn()));
    }

    @EventHandler
    void on(MinutesAmendedEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence, meeting -> meeting.minutes.amended(new MeetingView.Version(
                event.amendmentId(), event.amendedBy(), event.text(), event.effectiveOn())));
    }

    @EventHandler
    void on(MinutesApprovedEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence, meeting -> meeting.minutes.approved(
                event.text(), event.approvedAt(), event.atMeeting(), event.effectiveOn()));
    }

    @EventHandler
    void on(MinutesCorrectionProposedEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence, meeting -> meeting.minutes.correctionProposed(new MeetingView.Correction(
                event.correctionId(), event.corrects(), event.passage(), event.text(), event.effectiveOn(), false,
                null, null, null)));
    }

    @EventHandler
    void on(MinutesCorrectionApprovedEvent event, @SequenceNumber long sequence) {
        meeting(event.meetingId(), sequence, meeting -> meeting.minutes.correctionApproved(event));
    }

    @ResetHandler
    void reset() {
        meetings.deleteAll();
    }

    @QueryHandler
    MeetingView handle(FindMeetingQuery query) {
        return find(query.meetingId()).flatMap(meeting -> groups.find(meeting.groupId).map(
                group -> meeting.isWholeFor(query.viewer(), group) ? meeting.whole()
                        : group.publishesResults ? meeting.published() : null)).orElse(null);
    }

    @QueryHandler
    MeetingView handle(FindMeetingInFullQuery query) {
        return find(query.meetingId()).filter(meeting -> groups.find(meeting.groupId).filter(
                group -> meeting.isWholeFor(query.viewer(), group)).isPresent()).map(MeetingDocument::whole)
                                      .orElse(null);
    }

    /** The meeting as stored, for the other workshop read models (its title, its action items). */
    Optional<MeetingDocument> find(MeetingId meetingId) {
        return meetings.find(meetingId.value());
    }

    /** Changes the meeting with its event at {@code sequence} (unless seen before) and tells its subscribers. */
    private Optional<MeetingDocument> meeting(MeetingId meetingId, long sequence, Consumer<MeetingDocument> change) {
        Optional<MeetingDocument> changed = meetings.change(meetingId.value(), sequence, change);
        changed.ifPresent(subscribers::changed);
        return changed;
    }

    /** A change the meeting's entry in its group's list shows too (its date or its status). */
    private void relisted(MeetingId meetingId, long sequence, Consumer<MeetingDocument> change) {
        meeting(meetingId, sequence, change).ifPresent(this::listed);
    }

    private void listed(MeetingDocument meeting) {
        groups.listMeeting(meeting.groupId, meeting.listed());
    }
}

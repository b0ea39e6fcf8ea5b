package org.verbund.workshop.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import org.verbund.core.readmodel.ReadModels;
import org.verbund.core.readmodel.SequencedDocument.Seen;
import org.verbund.core.readmodel.SequencedDocuments;
import org.verbund.workshop.api.ActionItemAssignedEvent;
import org.verbund.workshop.api.ActionItemDoneEvent;
import org.verbund.workshop.api.ActionItemDroppedEvent;
import org.verbund.workshop.api.ActionItemState;
import org.verbund.workshop.api.DecisionEntry;
import org.verbund.workshop.api.DecisionId;
import org.verbund.workshop.api.DecisionRecordedEvent;
import org.verbund.workshop.api.FindDecisionsQuery;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MeetingView;
import org.verbund.workshop.api.WorkingGroupId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The decision register: per group one document in {@code decision_register}, keyed by the group, with each decision,
 * where it was taken and the action items that follow from it. A viewer sees the decisions of the groups it is a
 * member of and those of publishing groups; a coordinator all. Shares its processing group with the other workshop
 * read models (see {@link WorkingGroupsProjection}): it takes a group's name and a meeting's title and action items
 * from theirs.
 */
@Component
@ProcessingGroup(WorkingGroupsProjection.PROCESSING_GROUP)
class DecisionRegisterProjection {

    private final SequencedDocuments<GroupDecisions> registers;
    private final WorkingGroupsProjection groups;
    private final MeetingsProjection meetings;
    private final QueryUpdateEmitter updates;

    DecisionRegisterProjection(@ReadModels MongoDatabase verbundDatabase, WorkingGroupsProjection groups,
                               MeetingsProjection meetings, QueryUpdateEmitter updates) {
        this.registers = new SequencedDocuments<>(verbundDatabase.getCollection("decision_register"),
                                                GroupDecisions.class);
        this.groups = groups;
        this.meetings = meetings;
        this.updates = updates;
    }

    @EventHandler
    void on(DecisionRecordedEvent event, @SequenceNumber long sequence) {
        Optional<GroupDocument> group = groups.find(event.groupId());
        DecisionEntry entry = new DecisionEntry(
                event.decisionId(), event.text(), event.groupId(), group.map(found -> found.name).orElse(null),
                event.meetingId(), meetings.find(event.meetingId()).map(meeting -> meeting.title).orElse(null),
                event.effectiveOn(), event.decidedBy(), event.unanimous(), event.dissent(), List.of(),
                group.map(found -> found.publishesResults).orElse(false));
        registers.changeOrStartBy(event.groupId().value(), Seen.of(event.meetingId(), sequence), GroupDecisions::new,
                                register -> register.entries.add(entry))
                 .ifPresent(register -> changed(entry));
    }

    @EventHandler
    void on(ActionItemAssignedEvent event, @SequenceNumber long sequence) {
        if (event.decisionId() != null) {
            actionItem(event.groupId(), event.meetingId(), sequence, event.decisionId(), new MeetingView.ActionItem(
                    event.actionItemId(), event.text(), event.owner(), event.dueOn(), event.decisionId(),
                    ActionItemState.OPEN, null));
        }
    }

    @EventHandler
    void on(ActionItemDoneEvent event, @SequenceNumber long sequence) {
        closed(event.meetingId(), sequence, event.actionItemId(), ActionItemState.DONE, event.effectiveOn());
    }

    @EventHandler
    void on(ActionItemDroppedEvent event, @SequenceNumber long sequence) {
        closed(event.meetingId(), sequence, event.actionItemId(), ActionItemState.DROPPED, event.effectiveOn());
    }

    @ResetHandler
    void reset() {
        registers.deleteAll();
    }

    @QueryHandler
    List<DecisionEntry> handle(FindDecisionsQuery query) {
        List<GroupDecisions> found = query.groupId() == null ? registers.all()
                : registers.find(query.groupId().value()).map(List::of).orElse(List.of());
        return found.stream().flatMap(register -> register.entries.stream())
                    .filter(entry -> query.matches(entry) && visibleTo(query, entry))
                    .sorted(Comparator.comparing(DecisionEntry::decidedOn).reversed())
                    .toList();
    }

    /** The meeting's action item as it is now, closed, in its decision's entry (if it follows from a decision). */
    private void closed(MeetingId meetingId, long sequence, String actionItemId, ActionItemState state,
                        LocalDate on) {
        meetings.find(meetingId).ifPresent(meeting -> meeting.actionItem(actionItemId)
                .filter(item -> item.decisionId() != null)
                .ifPresent(item -> actionItem(meeting.groupId, meetingId, sequence, item.decisionId(),
                                              MeetingDocument.closed(item, state, on))));
    }

    private void actionItem(WorkingGroupId groupId, MeetingId meetingId, long sequence, DecisionId decisionId,
                            MeetingView.ActionItem item) {
        List<DecisionEntry> changed = new ArrayList<>();
        registers.changeBy(groupId.value(), Seen.of(meetingId, sequence),
                         register -> register.withActionItem(decisionId, item).ifPresent(changed::add));
        changed.forEach(this::changed);
    }

    /** Whether the viewer may read the entry: published, or of a group it is a member of (a coordinator: all). */
    private boolean visibleTo(FindDecisionsQuery query, DecisionEntry entry) {
        return entry.published() || query.viewer().coordinates()
               || groups.find(entry.groupId()).filter(group -> group.hasMember(query.viewer())).isPresent();
    }

    private void changed(DecisionEntry entry) {
        updates.emit(FindDecisionsQuery.class, query -> query.matches(entry) && visibleTo(query, entry), entry);
    }
}

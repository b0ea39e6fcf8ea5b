package org.verbund.workshop.query;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.verbund.core.readmodel.SequencedDocument;
import org.verbund.workshop.api.ActionItemEntry;
import org.verbund.workshop.api.ActionItemState;
import org.verbund.workshop.api.DecisionId;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.WorkingGroupId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The action items one organisation owns, as stored in {@code action_items} (keyed by the organisation). */
final class OwnedActionItems extends SequencedDocument {

    public List<Item> items = new ArrayList<>();

    /** One owned action item, and the meeting (and decision) it comes from (older documents also stored overdue). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String actionItemId, String text, WorkingGroupId groupId, MeetingId meetingId, DecisionId decisionId,
                LocalDate dueOn, ActionItemState state, LocalDate closedOn) {
    }

    void close(String actionItemId, ActionItemState state, LocalDate on) {
        items.replaceAll(item -> !item.actionItemId().equals(actionItemId) ? item
                : new Item(item.actionItemId(), item.text(), item.groupId(), item.meetingId(), item.decisionId(),
                           item.dueOn(), state, on));
    }

    /** The list as of {@code today}: overdue first, then open ones by due date, then done and dropped ones. */
    List<ActionItemEntry> asOf(LocalDate today) {
        return items.stream()
                    .map(item -> new ActionItemEntry(item.actionItemId(), item.text(), item.groupId(), item.meetingId(),
                                                     item.decisionId(), item.dueOn(), item.state(), item.closedOn(),
                                                     item.state() == ActionItemState.OPEN
                                                     && item.dueOn().isBefore(today)))
                    .sorted(Comparator.comparing((ActionItemEntry entry) -> !entry.overdue())
                                      .thenComparing(entry -> entry.state() != ActionItemState.OPEN)
                                      .thenComparing(ActionItemEntry::dueOn))
                    .toList();
    }
}

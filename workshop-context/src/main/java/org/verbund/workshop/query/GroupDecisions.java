package org.verbund.workshop.query;

import org.verbund.core.readmodel.SequencedDocument;
import org.verbund.workshop.api.DecisionEntry;
import org.verbund.workshop.api.DecisionId;
import org.verbund.workshop.api.MeetingView;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.verbund.core.readmodel.JsonDocuments.replaceOrAdd;

/** The decision register of one group, as stored in {@code decision_register} (keyed by the group). */
final class GroupDecisions extends SequencedDocument {

    public List<DecisionEntry> entries = new ArrayList<>();

    Optional<DecisionEntry> entry(DecisionId decisionId) {
        return entries.stream().filter(entry -> entry.decisionId().equals(decisionId)).findFirst();
    }

    /** Puts the action item in place of its earlier state in the decision's entry; returns the entry as it is now. */
    Optional<DecisionEntry> withActionItem(DecisionId decisionId, MeetingView.ActionItem item) {
        Optional<DecisionEntry> changed = entry(decisionId).map(entry -> {
            List<MeetingView.ActionItem> items = new ArrayList<>(entry.actionItems());
            replaceOrAdd(items, same -> same.id().equals(item.id()), item);
            return new DecisionEntry(entry.decisionId(), entry.text(), entry.groupId(), entry.groupName(),
                                     entry.meetingId(), entry.meetingTitle(), entry.decidedOn(), entry.decidedBy(),
                                     entry.unanimous(), entry.dissent(), items, entry.published());
        });
        changed.ifPresent(entry -> replaceOrAdd(entries, same -> same.decisionId().equals(decisionId), entry));
        return changed;
    }
}

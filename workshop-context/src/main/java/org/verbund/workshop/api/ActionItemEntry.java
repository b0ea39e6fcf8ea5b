package org.verbund.workshop.api;

import java.time.LocalDate;

/** An action item on its owner's list; {@code overdue} when it is open after its due date (as of the question). */
public record ActionItemEntry(String actionItemId, String text, WorkingGroupId groupId, MeetingId meetingId,
                              DecisionId decisionId, LocalDate dueOn, ActionItemState state, LocalDate closedOn,
                              boolean overdue) {
}

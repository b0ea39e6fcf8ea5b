package org.verbund.workshop.api;

import java.time.LocalDate;

/** An action item on its owner's list; {@code overdue} when it is open after its due date. */
public final class ActionItemEntry {

    public String actionItemId;
    public String text;
    public WorkingGroupId groupId;
    public MeetingId meetingId;
    public String decisionId;
    public LocalDate dueOn;
    /** OPEN, DONE or DROPPED. */
    public String state;
    public LocalDate closedOn;
    public boolean overdue;
}

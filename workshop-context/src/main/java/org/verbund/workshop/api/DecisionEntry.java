package org.verbund.workshop.api;

import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One decision in the register: where it was taken, by whom, and the action items that followed. */
public final class DecisionEntry {

    public String decisionId;
    public String text;
    public WorkingGroupId groupId;
    public String groupName;
    public MeetingId meetingId;
    public String meetingTitle;
    public LocalDate decidedOn;
    public List<OrganisationId> decidedBy = new ArrayList<>();
    public boolean unanimous;
    public List<Dissent> dissent = new ArrayList<>();
    public List<MeetingView.ActionItem> actionItems = new ArrayList<>();
    /** Whether the whole network may read it (the group publishes its results). */
    public boolean published;
}

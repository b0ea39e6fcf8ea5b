package org.verbund.workshop.api;

import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;
import java.util.List;

/**
 * One decision in the register: where it was taken, by whom, and the action items that followed.
 *
 * @param published whether the whole network may read it (its group publishes its results)
 */
public record DecisionEntry(DecisionId decisionId, String text, WorkingGroupId groupId, String groupName,
                            MeetingId meetingId, String meetingTitle, LocalDate decidedOn,
                            List<OrganisationId> decidedBy, boolean unanimous, List<Dissent> dissent,
                            List<MeetingView.ActionItem> actionItems, boolean published) {
}

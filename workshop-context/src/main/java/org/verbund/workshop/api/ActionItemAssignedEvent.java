package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;

/** An action item was assigned. Its ids became typed ids that are written as the same plain strings, so stored events read as before (no new revision). */
@Revision("1")
public record ActionItemAssignedEvent(MeetingId meetingId, WorkingGroupId groupId, String actionItemId, String text, OrganisationId owner, LocalDate dueOn, DecisionId decisionId, LocalDate effectiveOn) implements EffectiveDated {
}

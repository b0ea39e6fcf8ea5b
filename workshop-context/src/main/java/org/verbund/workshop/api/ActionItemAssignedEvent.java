package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;

/** An action item was assigned. */
@Revision("1")
public record ActionItemAssignedEvent(MeetingId meetingId, WorkingGroupId groupId, String actionItemId, String text, OrganisationId owner, LocalDate dueOn, String decisionId, LocalDate effectiveOn) implements EffectiveDated {
}

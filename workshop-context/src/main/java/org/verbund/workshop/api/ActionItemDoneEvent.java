package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;

/** An action item was done. */
@Revision("1")
public record ActionItemDoneEvent(MeetingId meetingId, String actionItemId, OrganisationId owner, LocalDate effectiveOn) implements EffectiveDated {
}

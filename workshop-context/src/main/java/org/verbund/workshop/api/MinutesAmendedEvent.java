package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;

/** The draft minutes were amended by an attendee's organisation. */
@Revision("1")
public record MinutesAmendedEvent(MeetingId meetingId, String amendmentId, OrganisationId amendedBy, String text, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import java.time.LocalDate;

/** A person attended on behalf of an organisation. */
@Revision("1")
public record AttendanceRecordedEvent(MeetingId meetingId, PersonRef person, OrganisationId onBehalfOf, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import java.time.LocalDate;

/**
 * A person attended on behalf of an organisation. Revision 2 added the name, personal data encrypted with the
 * person's key (null when not given, and in revision 1 events, which the upcaster lifts).
 */
@Revision("2")
public record AttendanceRecordedEvent(MeetingId meetingId, PersonRef person, PersonalText name, OrganisationId onBehalfOf, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import java.time.LocalDate;

/** A person took part in the visit. */
@Revision("1")
public record VisitParticipantRecordedEvent(VisitId visitId, PersonRef person, PersonalText name, OrganisationId onBehalfOf, LocalDate effectiveOn) implements EffectiveDated {
}

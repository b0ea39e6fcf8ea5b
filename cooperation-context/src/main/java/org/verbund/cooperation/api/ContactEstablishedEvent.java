package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import java.time.LocalDate;
import java.util.List;

/** A contact person at an institution was established. */
@Revision("1")
public record ContactEstablishedEvent(PersonRef contact, PartnershipId partnershipId, String institution, InstitutionLevel level, ContactRole role, List<String> topics, PersonalText name, PersonalText email, PersonalText phone, VisitId establishedDuring, LocalDate effectiveOn) implements EffectiveDated {
}

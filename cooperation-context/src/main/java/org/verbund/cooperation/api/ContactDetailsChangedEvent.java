package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import java.time.LocalDate;

/** A contact's e-mail address or phone number changed. */
@Revision("1")
public record ContactDetailsChangedEvent(PersonRef contact, PartnershipId partnershipId, PersonalText email, PersonalText phone, LocalDate effectiveOn) implements EffectiveDated {
}

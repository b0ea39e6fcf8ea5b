package org.verbund.cooperation.api;

import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;

import java.time.LocalDate;
import java.util.List;

/**
 * A contact person; name, e-mail and phone are personal data (erased ones read as erased).
 *
 * @param version the contact aggregate's version this view shows (its {@code ETag})
 */
public record ContactView(long version, PersonRef contact, PartnershipId partnershipId, String institution,
                          InstitutionLevel level, ContactRole role, List<String> topics, PersonalText name,
                          PersonalText email, PersonalText phone, VisitId establishedDuring, LocalDate establishedOn) {
}

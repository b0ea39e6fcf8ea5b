package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import java.time.LocalDate;
import java.util.List;

/** Records a contact person at an institution; name, e-mail and phone are personal data of the contact. */
public record EstablishContactCommand(@TargetAggregateIdentifier PersonRef contact, PartnershipId partnershipId, String institution, InstitutionLevel level, ContactRole role, List<String> topics, PersonalText name, PersonalText email, PersonalText phone, VisitId establishedDuring, LocalDate effectiveOn) {
}

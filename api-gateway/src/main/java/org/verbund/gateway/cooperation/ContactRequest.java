package org.verbund.gateway.cooperation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.cooperation.api.ContactRole;
import org.verbund.cooperation.api.EstablishContactCommand;
import org.verbund.cooperation.api.InstitutionLevel;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.VisitId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.gateway.web.ValidId;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** A contact person at an institution; name, e-mail and phone are personal data, encrypted with the contact's key. */
public record ContactRequest(@NotNull @ValidId String partnershipId, @NotBlank @Size(max = 200) String institution,
                             @NotNull InstitutionLevel level, @NotNull ContactRole role,
                             @Size(max = 50) List<@NotBlank @Size(max = 200) String> topics,
                             @NotBlank @Size(max = 200) String name, @Size(max = 200) String email,
                             @Size(max = 50) String phone, @ValidId String establishedDuringVisitId,
                             LocalDate effectiveOn) {

    EstablishContactCommand toCommand(String id) {
        PersonRef contact = PersonRef.of(id);
        return new EstablishContactCommand(contact, new PartnershipId(partnershipId), institution, level, role, topics,
                                           PersonalText.of(contact, name), personal(contact, email),
                                           personal(contact, phone), establishedDuringVisitId == null ? null
                                                   : new VisitId(establishedDuringVisitId), orToday(effectiveOn));
    }

    static PersonalText personal(PersonRef subject, String value) {
        return value == null || value.isBlank() ? null : PersonalText.of(subject, value);
    }
}

package org.verbund.gateway.cooperation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.cooperation.api.RecordVisitParticipantCommand;
import org.verbund.cooperation.api.VisitId;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.gateway.web.ValidId;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** A person who took part in a visit: a reference, and the name as personal data. */
public record ParticipantRequest(@NotNull @ValidId String personRef, @Size(max = 200) String name,
                                 @NotNull @ValidId String organisationId, LocalDate effectiveOn) {

    RecordVisitParticipantCommand toCommand(String visitId) {
        PersonRef person = PersonRef.of(personRef);
        return new RecordVisitParticipantCommand(new VisitId(visitId), person,
                                                 name == null ? null : PersonalText.of(person, name),
                                                 new OrganisationId(organisationId), orToday(effectiveOn));
    }
}

package org.verbund.gateway.workshops;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.gateway.web.ValidId;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.RecordAttendanceCommand;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** A person attended on behalf of an organisation: a reference, and the name (if given) as personal data. */
public record AttendanceRequest(@NotNull @ValidId String personRef, @Size(max = 200) String name,
                                @NotNull @ValidId String organisationId, LocalDate effectiveOn) {

    RecordAttendanceCommand toCommand(String meetingId) {
        PersonRef person = PersonRef.of(personRef);
        return new RecordAttendanceCommand(new MeetingId(meetingId), person,
                                           name == null ? null : PersonalText.of(person, name),
                                           new OrganisationId(organisationId), orToday(effectiveOn));
    }
}

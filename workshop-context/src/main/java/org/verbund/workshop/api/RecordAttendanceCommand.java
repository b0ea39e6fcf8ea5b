package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import java.time.LocalDate;

/** Records that a person attended on behalf of an organisation; the person is a reference; the name, if given, is personal data of that person. */
public record RecordAttendanceCommand(@TargetAggregateIdentifier MeetingId meetingId, PersonRef person, PersonalText name, OrganisationId onBehalfOf, LocalDate effectiveOn) {
}

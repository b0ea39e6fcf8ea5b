package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import java.time.LocalDate;

/** Records that a person attended on behalf of an organisation; the person is a reference, never a name. */
public record RecordAttendanceCommand(@TargetAggregateIdentifier MeetingId meetingId, PersonRef person, OrganisationId onBehalfOf, LocalDate effectiveOn) {
}

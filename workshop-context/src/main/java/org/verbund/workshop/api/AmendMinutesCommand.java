package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;

/** An attendee's organisation amends the draft minutes (the text is the whole new draft). */
public record AmendMinutesCommand(@TargetAggregateIdentifier MeetingId meetingId, String amendmentId, OrganisationId amendedBy, String text, LocalDate effectiveOn) {
}

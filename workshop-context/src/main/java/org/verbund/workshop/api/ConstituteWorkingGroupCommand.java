package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Records that the working group was constituted at its constituent meeting. */
public record ConstituteWorkingGroupCommand(@TargetAggregateIdentifier WorkingGroupId groupId, MeetingId constituentMeeting, LocalDate effectiveOn) {
}

package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Records that an action item is done. */
public record CompleteActionItemCommand(@TargetAggregateIdentifier MeetingId meetingId, String actionItemId, LocalDate effectiveOn) {
}

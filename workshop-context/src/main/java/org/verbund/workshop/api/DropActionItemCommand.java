package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Drops an open action item. */
public record DropActionItemCommand(@TargetAggregateIdentifier MeetingId meetingId, String actionItemId, LocalDate effectiveOn) {
}

package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;
import java.util.List;

/** Puts the agenda items in a new order (all of them, each once). */
public record ReorderAgendaCommand(@TargetAggregateIdentifier MeetingId meetingId, List<String> itemIds, LocalDate effectiveOn) {
}

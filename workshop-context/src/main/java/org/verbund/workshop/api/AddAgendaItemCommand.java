package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Adds an item to the agenda of a scheduled meeting. */
public record AddAgendaItemCommand(@TargetAggregateIdentifier MeetingId meetingId, String itemId, String title, LocalDate effectiveOn) {
}

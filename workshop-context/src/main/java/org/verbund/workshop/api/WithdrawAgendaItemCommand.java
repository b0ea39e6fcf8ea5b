package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Withdraws an agenda item before the meeting. */
public record WithdrawAgendaItemCommand(@TargetAggregateIdentifier MeetingId meetingId, String itemId, LocalDate effectiveOn) {
}

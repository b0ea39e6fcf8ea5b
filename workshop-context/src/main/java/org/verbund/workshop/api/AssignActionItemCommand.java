package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;

/** Assigns an action item with an owner organisation and a due date, optionally following from a decision. */
public record AssignActionItemCommand(@TargetAggregateIdentifier MeetingId meetingId, String actionItemId, String text, OrganisationId owner, LocalDate dueOn, DecisionId decisionId, LocalDate effectiveOn) {
}

package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Assigns an actor (an institution, not a person) and its responsible level to a strategy. */
public record AssignActorCommand(@TargetAggregateIdentifier MeetingId meetingId, String assignmentId, String strategyId, String actor, ResponsibleLevel level, LocalDate effectiveOn) {
}

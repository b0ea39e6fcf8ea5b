package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Cancels a planned visit. */
public record CancelVisitCommand(@TargetAggregateIdentifier VisitId visitId, LocalDate effectiveOn) {
}

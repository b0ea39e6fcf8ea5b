package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Records that a planned visit took place. */
public record HoldVisitCommand(@TargetAggregateIdentifier VisitId visitId, LocalDate effectiveOn) {
}

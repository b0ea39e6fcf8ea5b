package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Records a result of the visit. */
public record RecordVisitResultCommand(@TargetAggregateIdentifier VisitId visitId, String resultId, String text, LocalDate effectiveOn) {
}

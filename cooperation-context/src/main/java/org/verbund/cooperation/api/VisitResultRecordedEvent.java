package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** A result of the visit was recorded. */
@Revision("1")
public record VisitResultRecordedEvent(VisitId visitId, String resultId, String text, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** The visit was cancelled. */
@Revision("1")
public record VisitCancelledEvent(VisitId visitId, LocalDate effectiveOn) implements EffectiveDated {
}

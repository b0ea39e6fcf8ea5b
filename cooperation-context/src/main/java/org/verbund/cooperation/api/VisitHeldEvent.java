package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** The visit took place. */
@Revision("1")
public record VisitHeldEvent(VisitId visitId, PartnershipId partnershipId, LocalDate effectiveOn) implements EffectiveDated {
}

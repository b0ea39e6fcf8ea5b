package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.funding.api.FundingApplicationId;
import java.time.LocalDate;

/** The visit was paid from this funding application. */
@Revision("1")
public record VisitFundingLinkedEvent(VisitId visitId, FundingApplicationId fundedBy, LocalDate effectiveOn) implements EffectiveDated {
}

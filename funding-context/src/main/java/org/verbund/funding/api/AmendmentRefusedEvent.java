package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** The funder refused a proposed amendment; the project stays as it was. */
@Revision("1")
public record AmendmentRefusedEvent(FundingApplicationId applicationId, String amendmentId, LocalDate effectiveOn)
        implements EffectiveDated {
}

package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** The funder allowed the project to start before its approval, from {@code effectiveOn}. */
@Revision("1")
public record EarlyStartExemptionGrantedEvent(FundingApplicationId applicationId, LocalDate effectiveOn)
        implements EffectiveDated {
}

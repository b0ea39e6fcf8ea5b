package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** A funding application was submitted to the funder. */
@Revision("1")
public record FundingApplicationSubmittedEvent(FundingApplicationId applicationId, LocalDate effectiveOn)
        implements EffectiveDated {
}

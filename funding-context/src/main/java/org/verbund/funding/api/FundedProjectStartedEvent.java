package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** An approved project started. */
@Revision("1")
public record FundedProjectStartedEvent(FundingApplicationId applicationId, LocalDate effectiveOn)
        implements EffectiveDated {
}

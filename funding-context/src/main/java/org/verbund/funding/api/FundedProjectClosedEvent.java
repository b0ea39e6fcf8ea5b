package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** A project was closed. */
@Revision("1")
public record FundedProjectClosedEvent(FundingApplicationId applicationId, LocalDate effectiveOn)
        implements EffectiveDated {
}

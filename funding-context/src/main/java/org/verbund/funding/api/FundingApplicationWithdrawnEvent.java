package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** The application was withdrawn. */
@Revision("1")
public record FundingApplicationWithdrawnEvent(FundingApplicationId applicationId, LocalDate effectiveOn)
        implements EffectiveDated {
}

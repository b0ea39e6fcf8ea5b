package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** A deadline no longer applies (the application was rejected or withdrawn); its trigger is cancelled. */
@Revision("1")
public record FundingDeadlineDroppedEvent(FundingApplicationId applicationId, String key, LocalDate effectiveOn)
        implements EffectiveDated {
}

package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** A deadline was met on {@code effectiveOn} (late if it had fallen due); its trigger is cancelled. */
@Revision("1")
public record FundingDeadlineMetEvent(FundingApplicationId applicationId, String key, LocalDate effectiveOn)
        implements EffectiveDated {
}

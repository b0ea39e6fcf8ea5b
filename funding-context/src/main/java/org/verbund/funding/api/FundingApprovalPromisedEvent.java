package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** The funder promised approval. */
@Revision("1")
public record FundingApprovalPromisedEvent(FundingApplicationId applicationId, LocalDate effectiveOn)
        implements EffectiveDated {
}

package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** A change of a running project was proposed to the funder. */
@Revision("1")
public record AmendmentProposedEvent(FundingApplicationId applicationId, String amendmentId,
                                     AmendmentValues proposed, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** A change of a running project was proposed to the funder. */
// amendmentId became a typed id that is the same plain string in JSON: still revision 1
@Revision("1")
public record AmendmentProposedEvent(FundingApplicationId applicationId, AmendmentId amendmentId,
                                     AmendmentValues proposed, LocalDate effectiveOn) implements EffectiveDated {
}

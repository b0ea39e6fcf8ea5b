package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** The funder approved an amendment with these values; from {@code effectiveOn} they are the project's. */
// amendmentId became a typed id that is the same plain string in JSON: still revision 1
@Revision("1")
public record AmendmentApprovedEvent(FundingApplicationId applicationId, AmendmentId amendmentId,
                                     AmendmentValues approved, LocalDate effectiveOn) implements EffectiveDated {
}

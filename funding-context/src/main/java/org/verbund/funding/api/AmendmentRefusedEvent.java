package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** The funder refused a proposed amendment; the project stays as it was. */
// amendmentId became a typed id that is the same plain string in JSON: still revision 1
@Revision("1")
public record AmendmentRefusedEvent(FundingApplicationId applicationId, AmendmentId amendmentId, LocalDate effectiveOn)
        implements EffectiveDated {
}

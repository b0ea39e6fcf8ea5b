package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** The application is an extension (Verlängerung) that continues {@code predecessorId}. */
@Revision("1")
public record FundingApplicationExtendsEvent(FundingApplicationId applicationId, FundingApplicationId predecessorId,
                                             LocalDate effectiveOn) implements EffectiveDated {
}

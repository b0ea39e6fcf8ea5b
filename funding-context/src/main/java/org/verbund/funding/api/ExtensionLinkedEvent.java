package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** The project is continued by the extension {@code extensionId}. */
@Revision("1")
public record ExtensionLinkedEvent(FundingApplicationId applicationId, FundingApplicationId extensionId,
                                   LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** An agreement was drafted. */
@Revision("1")
public record AgreementDraftedEvent(AgreementId agreementId, PartnershipId partnershipId, String title, LocalDate effectiveOn) implements EffectiveDated {
}

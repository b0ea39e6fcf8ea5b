package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** The agreement is being negotiated. */
@Revision("1")
public record AgreementNegotiationStartedEvent(AgreementId agreementId, PartnershipId partnershipId, LocalDate effectiveOn) implements EffectiveDated {
}

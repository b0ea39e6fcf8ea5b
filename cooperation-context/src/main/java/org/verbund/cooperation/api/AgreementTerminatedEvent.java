package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** The agreement was terminated. */
@Revision("1")
public record AgreementTerminatedEvent(AgreementId agreementId, PartnershipId partnershipId, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** The partnership's status changed. */
@Revision("1")
public record PartnershipStatusChangedEvent(PartnershipId partnershipId, PartnershipStatus status, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;

/** An organisation takes part in the partnership. */
@Revision("1")
public record PartnershipJoinedEvent(PartnershipId partnershipId, OrganisationId organisation, LocalDate effectiveOn) implements EffectiveDated {
}

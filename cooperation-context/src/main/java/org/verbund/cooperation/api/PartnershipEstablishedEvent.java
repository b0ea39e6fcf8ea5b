package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;
import java.util.List;

/** The network started a partnership with a city abroad (status EXPLORING). */
@Revision("1")
public record PartnershipEstablishedEvent(PartnershipId partnershipId, String partnerCity, String country, List<OrganisationId> participants, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.core.network.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;

/** An organisation left a coordination body. */
@Revision("1")
public record CoordinationBodyLeftEvent(OrganisationId organisationId, OrganisationId coordinationBodyId, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.core.network.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;

/** An organisation was renamed. */
@Revision("1")
public record OrganisationRenamedEvent(OrganisationId organisationId, String name, String shortName, LocalDate effectiveOn) implements EffectiveDated {
}

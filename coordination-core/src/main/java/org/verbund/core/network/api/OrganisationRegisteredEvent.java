package org.verbund.core.network.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;

/** An organisation was registered in the network. */
@Revision("1")
public record OrganisationRegisteredEvent(OrganisationId organisationId, String name, String shortName, OrganisationKind kind, LocalDate effectiveOn) implements EffectiveDated {
}

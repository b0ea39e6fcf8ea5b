package org.verbund.core.network.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;

/** An organisation was deactivated. */
@Revision("1")
public record OrganisationDeactivatedEvent(OrganisationId organisationId, LocalDate effectiveOn) implements EffectiveDated {
}

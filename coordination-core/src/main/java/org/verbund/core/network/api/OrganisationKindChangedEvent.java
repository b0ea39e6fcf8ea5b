package org.verbund.core.network.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;

/** An organisation became of another kind. */
@Revision("1")
public record OrganisationKindChangedEvent(OrganisationId organisationId, OrganisationKind kind, LocalDate effectiveOn) implements EffectiveDated {
}

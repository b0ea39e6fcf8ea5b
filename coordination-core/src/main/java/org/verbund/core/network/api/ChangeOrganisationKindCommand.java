package org.verbund.core.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;

/** Records that an organisation is now of another kind. */
public record ChangeOrganisationKindCommand(@TargetAggregateIdentifier OrganisationId organisationId, OrganisationKind kind, LocalDate effectiveOn) {
}

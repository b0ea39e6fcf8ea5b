package org.verbund.core.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;

/** Deactivates an organisation: it stays in the history, and nothing changes it any more. */
public record DeactivateOrganisationCommand(@TargetAggregateIdentifier OrganisationId organisationId, LocalDate effectiveOn) {
}

package org.verbund.core.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;

/** Gives an organisation a new name and short name. */
public record RenameOrganisationCommand(@TargetAggregateIdentifier OrganisationId organisationId, String name, String shortName, LocalDate effectiveOn) {
}

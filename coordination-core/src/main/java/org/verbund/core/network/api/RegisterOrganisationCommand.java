package org.verbund.core.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;

/** Registers an organisation in the network under a new id. */
public record RegisterOrganisationCommand(@TargetAggregateIdentifier OrganisationId organisationId, String name, String shortName, OrganisationKind kind, LocalDate effectiveOn) {
}

package org.verbund.core.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;

/** Makes an organisation a member of a coordination body. */
public record JoinCoordinationBodyCommand(@TargetAggregateIdentifier OrganisationId organisationId, OrganisationId coordinationBodyId, LocalDate effectiveOn) {
}

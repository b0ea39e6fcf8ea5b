package org.verbund.core.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;

/** Ends an organisation's membership of a coordination body. */
public record LeaveCoordinationBodyCommand(@TargetAggregateIdentifier OrganisationId organisationId, OrganisationId coordinationBodyId, LocalDate effectiveOn) {
}

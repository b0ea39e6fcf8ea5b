package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;

/** A network organisation takes part in the partnership. */
public record JoinPartnershipCommand(@TargetAggregateIdentifier PartnershipId partnershipId, OrganisationId organisation, LocalDate effectiveOn) {
}

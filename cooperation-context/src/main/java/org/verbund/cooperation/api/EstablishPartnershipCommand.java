package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;
import java.util.List;

/** Starts exploring a partnership with a city abroad. */
public record EstablishPartnershipCommand(@TargetAggregateIdentifier PartnershipId partnershipId, String partnerCity, String country, List<OrganisationId> participants, LocalDate effectiveOn) {
}

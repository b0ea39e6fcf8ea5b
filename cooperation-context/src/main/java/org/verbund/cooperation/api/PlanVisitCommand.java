package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import java.time.LocalDate;
import java.util.List;

/** Plans a visit of the partnership, optionally paid from a funding application. */
public record PlanVisitCommand(@TargetAggregateIdentifier VisitId visitId, PartnershipId partnershipId, VisitKind kind, Period period, List<String> places, List<OrganisationId> participants, FundingApplicationRef fundedBy, LocalDate effectiveOn) {
}

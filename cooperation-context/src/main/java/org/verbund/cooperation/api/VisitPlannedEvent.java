package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.funding.api.FundingApplicationId;
import java.time.LocalDate;
import java.util.List;

/** A visit was planned. */
@Revision("1")
public record VisitPlannedEvent(VisitId visitId, PartnershipId partnershipId, VisitKind kind, Period period, List<String> places, List<OrganisationId> participants, FundingApplicationId fundedBy, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import java.time.LocalDate;
import java.util.List;

/**
 * A visit was planned. Still revision 1: {@code fundedBy} was funding's {@code FundingApplicationId} before it became
 * cooperation's own {@link FundingApplicationRef}; both are written as the same plain string, so stored events read
 * as they are (see {@code StoredVisitEventsTest}).
 */
@Revision("1")
public record VisitPlannedEvent(VisitId visitId, PartnershipId partnershipId, VisitKind kind, Period period, List<String> places, List<OrganisationId> participants, FundingApplicationRef fundedBy, LocalDate effectiveOn) implements EffectiveDated {
}

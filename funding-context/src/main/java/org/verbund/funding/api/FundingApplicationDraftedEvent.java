package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;

import java.time.LocalDate;
import java.util.List;

/** A funding application was drafted. */
@Revision("1")
public record FundingApplicationDraftedEvent(FundingApplicationId applicationId, FundingProgrammeId programmeId, String title, OrganisationId leadApplicant, List<ImplementingPartner> partners, Money requestedAmount, Period period, FteShare positions, LeadAttribution leadAttribution, LocalDate effectiveOn)
        implements EffectiveDated {
}

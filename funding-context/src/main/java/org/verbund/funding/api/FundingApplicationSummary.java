package org.verbund.funding.api;

import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;

import java.time.LocalDate;
import java.util.List;

/**
 * A funding application as it stands.
 *
 * @param approvedAmount      null until approved
 * @param earlyStartGrantedOn when the funder allowed an early start, if it did
 * @param version        the aggregate version (sequence number of its latest event)
 */
public record FundingApplicationSummary(FundingApplicationId id, FundingProgrammeId programmeId, String title,
                                        OrganisationId leadApplicant, List<OrganisationId> partners,
                                        ApplicationStatus status, Money requestedAmount, Money approvedAmount,
                                        Period period, FteShare positions, LeadAttribution leadAttribution,
                                        LocalDate earlyStartGrantedOn, long version) {

    /** Whether the organisation applies for it or implements it. */
    public boolean involves(OrganisationId organisation) {
        return leadApplicant.equals(organisation) || partners.contains(organisation);
    }
}

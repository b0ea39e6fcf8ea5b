package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;

import java.time.LocalDate;
import java.util.List;

/**
 * Drafts a new funding application (status DRAFT).
 *
 * @param predecessorId the approved project this one extends (Verlängerung), or null
 */
public record DraftFundingApplicationCommand(@TargetAggregateIdentifier FundingApplicationId applicationId,
                                             FundingProgrammeId programmeId, String title,
                                             OrganisationId leadApplicant, List<ImplementingPartner> partners,
                                             Money requestedAmount, Period period, FteShare positions,
                                             LeadAttribution leadAttribution, LocalDate effectiveOn,
                                             FundingApplicationId predecessorId) {

    /** A draft that extends no earlier project. */
    public DraftFundingApplicationCommand(FundingApplicationId applicationId, FundingProgrammeId programmeId,
                                          String title, OrganisationId leadApplicant,
                                          List<ImplementingPartner> partners, Money requestedAmount, Period period,
                                          FteShare positions, LeadAttribution leadAttribution, LocalDate effectiveOn) {
        this(applicationId, programmeId, title, leadApplicant, partners, requestedAmount, period, positions,
             leadAttribution, effectiveOn, null);
    }
}

package org.verbund.gateway.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.funding.api.DraftFundingApplicationCommand;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.ImplementingPartner;
import org.verbund.funding.api.LeadAttribution;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.ValidIds;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** Drafts an application; with {@code predecessorId} it extends that approved project. */
public record ApplicationRequest(@NotNull @ValidId String programmeId, @NotBlank @Size(max = 400) String title,
                                 @NotNull @ValidId String leadApplicantId, @ValidIds List<String> partnerIds,
                                 @NotNull Money requestedAmount, @NotNull Period period, FteShare positions,
                                 LeadAttribution leadAttribution, LocalDate effectiveOn,
                                 @Size(max = 1000) String reason, @ValidId String predecessorId) {

    DraftFundingApplicationCommand toCommand(String id) {
        return new DraftFundingApplicationCommand(
                new FundingApplicationId(id), new FundingProgrammeId(programmeId), title,
                new OrganisationId(leadApplicantId), partners(partnerIds), requestedAmount, period, positions,
                leadAttribution, orToday(effectiveOn),
                predecessorId == null ? null : new FundingApplicationId(predecessorId));
    }

    static List<ImplementingPartner> partners(List<String> organisationIds) {
        return organisationIds == null ? null : organisationIds.stream()
                .map(organisation -> new ImplementingPartner(new OrganisationId(organisation), null, null)).toList();
    }
}

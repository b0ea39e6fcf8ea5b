package org.verbund.gateway.cooperation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PlanVisitCommand;
import org.verbund.cooperation.api.VisitId;
import org.verbund.cooperation.api.VisitKind;
import org.verbund.core.kernel.Period;
import org.verbund.cooperation.api.FundingApplicationRef;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.ValidIds;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** A visit of a partnership, optionally paid from a funding application. */
public record VisitRequest(@NotNull @ValidId String partnershipId, @NotNull VisitKind kind, @NotNull Period period,
                           @Size(max = 50) List<@NotBlank @Size(max = 200) String> places,
                           @ValidIds List<String> participantIds, @ValidId String fundingApplicationId,
                           LocalDate effectiveOn, @Size(max = 1000) String reason) {

    PlanVisitCommand toCommand(String id) {
        return new PlanVisitCommand(new VisitId(id), new PartnershipId(partnershipId), kind, period, places,
                                    PartnershipRequest.organisations(participantIds),
                                    fundingApplicationId == null ? null
                                            : new FundingApplicationRef(fundingApplicationId),
                                    orToday(effectiveOn));
    }
}

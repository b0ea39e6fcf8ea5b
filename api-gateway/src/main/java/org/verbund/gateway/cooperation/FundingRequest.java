package org.verbund.gateway.cooperation;

import jakarta.validation.constraints.NotNull;
import org.verbund.cooperation.api.LinkVisitFundingCommand;
import org.verbund.cooperation.api.VisitId;
import org.verbund.cooperation.api.FundingApplicationRef;
import org.verbund.gateway.web.ValidId;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** The funding application that paid for a visit. */
public record FundingRequest(@NotNull @ValidId String fundingApplicationId, LocalDate effectiveOn) {

    LinkVisitFundingCommand toCommand(String visitId) {
        return new LinkVisitFundingCommand(new VisitId(visitId), new FundingApplicationRef(fundingApplicationId),
                                           orToday(effectiveOn));
    }
}

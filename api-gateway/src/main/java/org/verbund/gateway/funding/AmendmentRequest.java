package org.verbund.gateway.funding;

import jakarta.validation.constraints.Size;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.Period;
import org.verbund.funding.api.AmendmentId;
import org.verbund.funding.api.AmendmentValues;
import org.verbund.funding.api.DecideAmendmentCommand;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.ProposeAmendmentCommand;
import org.verbund.gateway.web.ProblemHandling;
import org.verbund.gateway.web.ValidIds;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** A change of a running project's amount, period or partners: proposed, or the values it is approved with. */
public record AmendmentRequest(Money amount, Period period, @ValidIds List<String> partnerIds, LocalDate effectiveOn,
                               @Size(max = 1000) String reason) {

    static AmendmentRequest orEmpty(AmendmentRequest request) {
        return request == null ? new AmendmentRequest(null, null, null, null, null) : request;
    }

    ProposeAmendmentCommand toProposal(String applicationId, String amendmentId) {
        return new ProposeAmendmentCommand(new FundingApplicationId(applicationId), new AmendmentId(amendmentId),
                                           values(), orToday(effectiveOn));
    }

    /** The funder's decision ({@code approve} or {@code refuse}, a path segment; any other is 404). */
    DecideAmendmentCommand toDecision(String applicationId, String amendmentId, String decision) {
        boolean approve = switch (decision) {
            case "approve" -> true;
            case "refuse" -> false;
            default -> throw new ProblemHandling.NotFound();
        };
        return new DecideAmendmentCommand(new FundingApplicationId(applicationId), new AmendmentId(amendmentId),
                                          approve, values(), orToday(effectiveOn));
    }

    private AmendmentValues values() {
        return new AmendmentValues(amount, period, ApplicationRequest.partners(partnerIds));
    }
}

package org.verbund.gateway.funding;

import jakarta.validation.constraints.Size;
import org.verbund.core.kernel.Money;
import org.verbund.funding.api.ApproveFundingApplicationCommand;
import org.verbund.funding.api.CloseFundedProjectCommand;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.PromiseFundingApprovalCommand;
import org.verbund.funding.api.RecordEarlyStartExemptionCommand;
import org.verbund.funding.api.RejectFundingApplicationCommand;
import org.verbund.funding.api.StartFundedProjectCommand;
import org.verbund.funding.api.SubmitFundingApplicationCommand;
import org.verbund.funding.api.WithdrawFundingApplicationCommand;
import org.verbund.gateway.web.ProblemHandling;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** A step of an application's lifecycle; {@code approvedAmount} only for approve (else the requested amount). */
public record TransitionRequest(LocalDate effectiveOn, @Size(max = 1000) String reason, Money approvedAmount) {

    static TransitionRequest orEmpty(TransitionRequest request) {
        return request == null ? new TransitionRequest(null, null, null) : request;
    }

    /** The command for {@code transition} (a path segment); an unknown one is 404, as an unknown path is. */
    Object toCommand(String applicationId, String transition) {
        FundingApplicationId id = new FundingApplicationId(applicationId);
        LocalDate on = orToday(effectiveOn);
        return switch (transition) {
            case "submit" -> new SubmitFundingApplicationCommand(id, on);
            case "promise-approval" -> new PromiseFundingApprovalCommand(id, on);
            case "approve" -> new ApproveFundingApplicationCommand(id, approvedAmount, on);
            case "start" -> new StartFundedProjectCommand(id, on);
            case "close" -> new CloseFundedProjectCommand(id, on);
            case "reject" -> new RejectFundingApplicationCommand(id, on);
            case "withdraw" -> new WithdrawFundingApplicationCommand(id, on);
            case "early-start" -> new RecordEarlyStartExemptionCommand(id, on);
            default -> throw new ProblemHandling.NotFound();
        };
    }
}

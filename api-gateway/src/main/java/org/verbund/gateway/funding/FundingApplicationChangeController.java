package org.verbund.gateway.funding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.MeetFundingDeadlineCommand;
import org.verbund.gateway.web.CommandWrites;
import org.verbund.gateway.web.DatedRequest;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.Write;

import java.util.UUID;

/**
 * What changes on an application besides its lifecycle: the financing plan, amendments of the running project and
 * the deadlines of its statements of use. Its lead applicant and coordinators change them (the aggregate's rule).
 */
@RestController
@RequestMapping(path = FundingApplicationController.PATH + "{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Funding")
public class FundingApplicationChangeController {

    private final CommandWrites writes;

    public FundingApplicationChangeController(CommandWrites writes) {
        this.writes = writes;
    }

    @PostMapping("/financing-plan")
    @Operation(summary = "Set the financing plan: lines per funder level and own funds, each an amount or a rate; "
                         + "refused unless they add up exactly to the total cost")
    public ResponseEntity<Void> financingPlan(@PathVariable @ValidId String id,
                                              @Valid @RequestBody FinancingPlanRequest request, Write write) {
        return writes.send(write.because(request.reason()), request, request.toCommand(id));
    }

    @PostMapping("/amendments")
    @Operation(summary = "Propose a change of a running project (amount, period, partners)")
    public ResponseEntity<CommandWrites.Created> proposeAmendment(@PathVariable @ValidId String id,
                                                                  @Valid @RequestBody AmendmentRequest request,
                                                                  Write write) {
        return writes.create(write.because(request.reason()), request,
                             FundingApplicationController.PATH + id + "/amendments/",
                             () -> "amendment-" + UUID.randomUUID(), amendment -> request.toProposal(id, amendment));
    }

    @PostMapping("/amendments/{amendmentId}/{decision}")
    @Operation(summary = "Record the funder's decision on an amendment: approve (optionally with other values for "
                         + "what was proposed) or refuse")
    public ResponseEntity<Void> decideAmendment(@PathVariable @ValidId String id,
                                                @PathVariable @ValidId String amendmentId,
                                                @PathVariable @Parameter(schema = @Schema(
                                                        allowableValues = {"approve", "refuse"})) String decision,
                                                @Valid @RequestBody(required = false) AmendmentRequest request,
                                                Write write) {
        AmendmentRequest given = AmendmentRequest.orEmpty(request);
        return writes.send(write.because(given.reason()), given, given.toDecision(id, amendmentId, decision));
    }

    @PostMapping("/reporting-dates")
    @Operation(summary = "Set the statements of use of an approved project (interim ones and the final one); each "
                         + "becomes a deadline on the lead applicant's task list")
    public ResponseEntity<Void> reportingDates(@PathVariable @ValidId String id,
                                               @Valid @RequestBody ReportingDatesRequest request, Write write) {
        return writes.send(write.because(request.reason()), request, request.toCommand(id));
    }

    @PostMapping("/deadlines/{deadline}/meet")
    @Operation(summary = "Record that a deadline was met (e.g. the statement of use was handed in)")
    public ResponseEntity<Void> meetDeadline(@PathVariable @ValidId String id, @PathVariable @ValidId String deadline,
                                             @Valid @RequestBody(required = false) DatedRequest request, Write write) {
        DatedRequest given = DatedRequest.orEmpty(request);
        return writes.send(write.because(given.reason()), given,
                           new MeetFundingDeadlineCommand(new FundingApplicationId(id), deadline, given.on()));
    }
}

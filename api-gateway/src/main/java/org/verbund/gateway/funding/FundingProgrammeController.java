package org.verbund.gateway.funding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.funding.api.FindFundingProgrammesQuery;
import org.verbund.funding.api.FundingProgrammeSummary;
import org.verbund.gateway.web.CommandWrites;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.Write;

import java.util.List;
import java.util.UUID;

/** Funding programmes and their calls; coordinators keep them (the FundingProgramme aggregate's rule). */
@RestController
@RequestMapping(path = "/api/funding/programmes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Funding")
public class FundingProgrammeController {

    private final CommandWrites writes;
    private final QueryGateway queries;

    public FundingProgrammeController(CommandWrites writes, QueryGateway queries) {
        this.writes = writes;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Register a funding programme, optionally with its first call (COORDINATOR)")
    public ResponseEntity<CommandWrites.Created> register(@Valid @RequestBody ProgrammeRequest request, Write write) {
        return writes.create(write.because(request.reason()), request, "/api/funding/programmes/",
                             () -> UUID.randomUUID().toString(), request::toCommand);
    }

    @PostMapping("/{id}/calls")
    @Operation(summary = "Open a call of a programme: applications drafted for it must be submitted by its deadline "
                         + "(COORDINATOR)")
    public ResponseEntity<Void> openCall(@PathVariable @ValidId String id, @Valid @RequestBody CallRequest request,
                                         Write write) {
        return writes.send(write, request, request.toCommand(id));
    }

    @GetMapping
    @Operation(summary = "The funding programmes with their latest calls")
    public List<FundingProgrammeSummary> programmes() {
        return queries.query(new FindFundingProgrammesQuery(),
                             ResponseTypes.multipleInstancesOf(FundingProgrammeSummary.class)).join();
    }
}

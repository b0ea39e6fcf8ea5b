package org.verbund.gateway.cooperation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.cooperation.api.CancelVisitCommand;
import org.verbund.cooperation.api.FindVisitsQuery;
import org.verbund.cooperation.api.FundingApplicationRef;
import org.verbund.cooperation.api.HoldVisitCommand;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.VisitId;
import org.verbund.cooperation.api.VisitView;
import org.verbund.gateway.web.CommandWrites;
import org.verbund.gateway.web.DatedRequest;
import org.verbund.gateway.web.Tagged;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.Write;

import java.util.List;
import java.util.UUID;

/**
 * Delegation and working visits of partnerships: recorded by the organisations taking part (the Visit aggregate's
 * rule), read by every caller.
 */
@RestController
@RequestMapping(path = "/api/cooperation/visits", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cooperation")
public class VisitController {

    private final CommandWrites writes;
    private final QueryGateway queries;
    private final CooperationReads reads;

    public VisitController(CommandWrites writes, QueryGateway queries, CooperationReads reads) {
        this.writes = writes;
        this.queries = queries;
        this.reads = reads;
    }

    @PostMapping
    @Operation(summary = "Plan a visit of a partnership, optionally paid from a funding application")
    public ResponseEntity<CommandWrites.Created> plan(@Valid @RequestBody VisitRequest request, Write write) {
        return writes.create(write.because(request.reason()), request, "/api/cooperation/visits/",
                             () -> UUID.randomUUID().toString(), request::toCommand);
    }

    @GetMapping
    @Operation(summary = "Visits of a partnership, or paid from a funding application")
    public List<VisitView> visits(@RequestParam(required = false) @ValidId String partnership,
                                  @RequestParam(required = false) @ValidId String fundingApplication) {
        return queries.query(new FindVisitsQuery(partnership == null ? null : new PartnershipId(partnership),
                                                 fundingApplication == null ? null
                                                         : new FundingApplicationRef(fundingApplication)),
                             ResponseTypes.multipleInstancesOf(VisitView.class)).join();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A visit with its talks, results and participants (its version as ETag)")
    public ResponseEntity<VisitView> visit(@PathVariable @ValidId String id) {
        VisitView visit = reads.visit(id);
        return Tagged.ok(visit.version(), visit);
    }

    @PostMapping("/{id}/{transition:hold|cancel}")
    @Operation(summary = "Record that a planned visit was held, or cancel it")
    public ResponseEntity<Void> holdOrCancel(
            @PathVariable @ValidId String id,
            @PathVariable @Parameter(schema = @Schema(allowableValues = {"hold", "cancel"})) String transition,
            @Valid @RequestBody(required = false) DatedRequest request, Write write) {
        DatedRequest given = DatedRequest.orEmpty(request);
        VisitId visit = new VisitId(id);
        return writes.send(write.because(given.reason()), given, transition.equals("hold")
                ? new HoldVisitCommand(visit, given.on()) : new CancelVisitCommand(visit, given.on()));
    }

    @PostMapping("/{id}/talks")
    @Operation(summary = "Record a talk with an institution during a visit that was held")
    public ResponseEntity<Void> talk(@PathVariable @ValidId String id, @Valid @RequestBody TalkRequest request,
                                     Write write) {
        return writes.send(write, request, request.toCommand(id, "talk-" + UUID.randomUUID()));
    }

    @PostMapping("/{id}/results")
    @Operation(summary = "Record a result of a visit that was held")
    public ResponseEntity<Void> result(@PathVariable @ValidId String id, @Valid @RequestBody ResultRequest request,
                                       Write write) {
        return writes.send(write, request, request.toCommand(id, "result-" + UUID.randomUUID()));
    }

    @PostMapping("/{id}/participants")
    @Operation(summary = "Record a person who took part (a reference, and the name as personal data)")
    public ResponseEntity<Void> participant(@PathVariable @ValidId String id,
                                            @Valid @RequestBody ParticipantRequest request, Write write) {
        return writes.send(write, request, request.toCommand(id));
    }

    @PostMapping("/{id}/funding")
    @Operation(summary = "Name the funding application that paid for the visit")
    public ResponseEntity<Void> funding(@PathVariable @ValidId String id, @Valid @RequestBody FundingRequest request,
                                        Write write) {
        return writes.send(write, request, request.toCommand(id));
    }
}

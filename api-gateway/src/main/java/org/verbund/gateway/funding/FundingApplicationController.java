package org.verbund.gateway.funding;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.verbund.cooperation.api.FindVisitsQuery;
import org.verbund.cooperation.api.FundingApplicationRef;
import org.verbund.cooperation.api.VisitView;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.FindFundingApplicationQuery;
import org.verbund.funding.api.FindFundingApplicationsQuery;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingApplicationSummary;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.gateway.web.CommandWrites;
import org.verbund.gateway.web.Histories;
import org.verbund.gateway.web.LiveUpdates;
import org.verbund.gateway.web.ProblemHandling;
import org.verbund.gateway.web.Tagged;
import org.verbund.gateway.web.TimelineEntry;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.Write;

import java.util.List;
import java.util.UUID;

/**
 * Funding applications: drafted and moved through their lifecycle (who may is the FundingApplication aggregate's
 * rule: its lead applicant and coordinators), read by coordinators and the partners involved (404 to others).
 */
@RestController
@RequestMapping(path = "/api/funding/applications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Funding")
public class FundingApplicationController {

    static final String PATH = "/api/funding/applications/";

    /** An application with its full timeline, and the cooperation visits it paid for. */
    public record ApplicationDetail(@JsonUnwrapped FundingApplicationSummary application,
                                    List<TimelineEntry> timeline, List<FundedVisit> fundedVisits) {
    }

    /** A visit of the cooperation context paid from the application. */
    public record FundedVisit(String visitId, String partnershipId, String kind, Period period, String status) {
    }

    private final CommandWrites writes;
    private final QueryGateway queries;
    private final Histories histories;
    private final LiveUpdates live;

    public FundingApplicationController(CommandWrites writes, QueryGateway queries, Histories histories,
                                        LiveUpdates live) {
        this.writes = writes;
        this.queries = queries;
        this.histories = histories;
        this.live = live;
    }

    @PostMapping
    @Operation(summary = "Draft a funding application (status DRAFT); with predecessorId it extends that project "
                         + "(PARTNER as lead applicant, COORDINATOR)")
    public ResponseEntity<CommandWrites.Created> draft(@Valid @RequestBody ApplicationRequest request, Write write) {
        return writes.create(write.because(request.reason()), request, PATH, () -> UUID.randomUUID().toString(),
                             request::toCommand);
    }

    @PostMapping("/{id}/{transition}")
    @Operation(summary = "Move an application: submit, promise-approval, approve, start, close, reject, withdraw; "
                         + "early-start records an early-start exemption (its lead applicant, COORDINATOR)")
    public ResponseEntity<Void> transition(@PathVariable @ValidId String id,
                                           @PathVariable @Parameter(schema = @Schema(allowableValues = {
                                                   "submit", "promise-approval", "approve", "start", "close", "reject",
                                                   "withdraw", "early-start"})) String transition,
                                           @Valid @RequestBody(required = false) TransitionRequest request,
                                           Write write) {
        TransitionRequest given = TransitionRequest.orEmpty(request);
        return writes.send(write.because(given.reason()), given, given.toCommand(id, transition));
    }

    @GetMapping
    @Operation(summary = "Applications by status, programme and organisation (lead applicant or partner); a partner "
                         + "sees only those it is involved in")
    public List<FundingApplicationSummary> applications(@RequestParam(required = false) ApplicationStatus status,
                                                        @RequestParam(required = false) @ValidId String programme,
                                                        @RequestParam(required = false) @ValidId String organisation,
                                                        Caller caller) {
        return queries.query(new FindFundingApplicationsQuery(
                                     status, programme == null ? null : new FundingProgrammeId(programme),
                                     organisation == null ? null : new OrganisationId(organisation), caller.actor()),
                             ResponseTypes.multipleInstancesOf(FundingApplicationSummary.class)).join();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One funding application with its full timeline (its version as ETag)")
    public ResponseEntity<ApplicationDetail> application(@PathVariable @ValidId String id, Caller caller) {
        FundingApplicationSummary application = visibleTo(caller, id);
        List<FundedVisit> visits = queries.query(new FindVisitsQuery(null, new FundingApplicationRef(application.id().value())),
                                                 ResponseTypes.multipleInstancesOf(VisitView.class)).join()
                .stream().map(visit -> new FundedVisit(visit.id().value(), visit.partnershipId().value(),
                                                       visit.kind().name(), visit.period(), visit.status().name()))
                .toList();
        return Tagged.ok(application.version(), new ApplicationDetail(application, histories.of(id), visits));
    }

    @GetMapping(path = "/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The application, live: a snapshot, then every change (server-sent events)")
    public SseEmitter applicationStream(@PathVariable @ValidId String id, Caller caller) {
        return live.stream(new FindFundingApplicationQuery(visibleTo(caller, id).id(), caller.actor()),
                           FundingApplicationSummary.class, any -> true);
    }

    /** The application, if the caller may see it (the query handler decides); otherwise, as for an unknown id, 404. */
    private FundingApplicationSummary visibleTo(Caller caller, String id) {
        FundingApplicationSummary application = queries.query(
                new FindFundingApplicationQuery(new FundingApplicationId(id), caller.actor()),
                ResponseTypes.instanceOf(FundingApplicationSummary.class)).join();
        if (application == null) {
            throw new ProblemHandling.NotFound();
        }
        return application;
    }
}

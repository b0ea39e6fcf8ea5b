package org.verbund.gateway.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.verbund.core.audit.api.FindAggregateHistoryQuery;
import org.verbund.core.audit.api.HistoryEntry;
import org.verbund.funding.api.AmendmentValues;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.DecideAmendmentCommand;
import org.verbund.funding.api.FinancingLine;
import org.verbund.funding.api.FinancingSource;
import org.verbund.funding.api.FindFundingApplicationsQuery;
import org.verbund.funding.api.FindFundingProgrammesQuery;
import org.verbund.funding.api.FindFundingTasksQuery;
import org.verbund.funding.api.FundingCall;
import org.verbund.funding.api.FundingProgrammeSummary;
import org.verbund.funding.api.FundingTask;
import org.verbund.funding.api.MeetFundingDeadlineCommand;
import org.verbund.funding.api.OpenFundingCallCommand;
import org.verbund.funding.api.ProposeAmendmentCommand;
import org.verbund.funding.api.SetFinancingPlanCommand;
import org.verbund.funding.api.SetReportingDatesCommand;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.UUID;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.cooperation.api.FindVisitsQuery;
import org.verbund.cooperation.api.VisitView;
import org.verbund.funding.api.CalculateDegressiveScheduleQuery;
import org.verbund.funding.api.DegressiveSchedule;
import org.verbund.funding.api.FundingBand;
import org.verbund.funding.api.ApproveFundingApplicationCommand;
import org.verbund.funding.api.CloseFundedProjectCommand;
import org.verbund.funding.api.DraftFundingApplicationCommand;
import org.verbund.funding.api.FindFundingApplicationQuery;
import org.verbund.funding.api.FindFundingPortfolioQuery;
import org.verbund.funding.api.FindStudyPlacementsQuery;
import org.verbund.funding.api.StudyPlacements;
import org.verbund.funding.api.FunderLevel;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingApplicationSummary;
import org.verbund.funding.api.FundingPortfolio;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.ImplementingPartner;
import org.verbund.funding.api.LeadAttribution;
import org.verbund.funding.api.PromiseFundingApprovalCommand;
import org.verbund.funding.api.RecordEarlyStartExemptionCommand;
import org.verbund.funding.api.RegisterFundingProgrammeCommand;
import org.verbund.funding.api.RejectFundingApplicationCommand;
import org.verbund.funding.api.StartFundedProjectCommand;
import org.verbund.funding.api.SubmitFundingApplicationCommand;
import org.verbund.funding.api.WithdrawFundingApplicationCommand;
import org.verbund.gateway.security.Callers;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.verbund.gateway.web.CommandWrites.isCoordinator;
import static org.verbund.gateway.web.CommandWrites.orToday;

/**
 * Funding programmes, applications and the portfolio over HTTP. A COORDINATOR acts on everything; a PARTNER drafts
 * and moves the applications it leads and reads those it leads or implements (others are 404 to it); everyone
 * authenticated reads the portfolio.
 */
@RestController
@RequestMapping("/api/funding")
@Tag(name = "Funding")
public class FundingController {

    public record ProgrammeRequest(@NotBlank @Size(max = 200) String name, @NotNull FunderLevel funderLevel,
                                   @Size(max = 200) String agency, @Valid CallRequest call, LocalDate effectiveOn) {
    }

    public record CallRequest(@Size(max = 200) String name, @NotNull LocalDate submissionDeadline,
                              LocalDate effectiveOn) {
    }

    public record ApplicationRequest(@NotBlank @Size(max = 100) String programmeId,
                                     @NotBlank @Size(max = 400) String title,
                                     @NotBlank @Size(max = 100) String leadApplicantId,
                                     List<@NotBlank String> partnerIds, @NotNull Money requestedAmount,
                                     @NotNull Period period, FteShare positions, LeadAttribution leadAttribution,
                                     LocalDate effectiveOn, @Size(max = 1000) String reason,
                                     @Size(max = 100) String predecessorId) {
    }

    public record FinancingLineRequest(@NotNull FinancingSource source, @Size(max = 200) String label, Money amount,
                                       BigDecimal ratePercent) {
    }

    public record FinancingPlanRequest(@NotNull Money totalCost, @NotNull @Size(min = 1, max = 50)
                                       List<@Valid @NotNull FinancingLineRequest> lines, LocalDate effectiveOn,
                                       @Size(max = 1000) String reason) {
    }

    public record AmendmentRequest(Money amount, Period period, List<@NotBlank String> partnerIds,
                                   LocalDate effectiveOn, @Size(max = 1000) String reason) {
    }

    public record ReportingDatesRequest(@Size(max = 20) List<@NotNull LocalDate> interimStatements,
                                        LocalDate finalStatement, LocalDate effectiveOn,
                                        @Size(max = 1000) String reason) {
    }

    /** An application with its full timeline, and the cooperation visits it paid for. */
    public record ApplicationDetail(@JsonUnwrapped FundingApplicationSummary application,
                                    List<TimelineEntry> timeline, List<FundedVisit> fundedVisits) {
    }

    /** A visit of the cooperation context paid from the application. */
    public record FundedVisit(String visitId, String partnershipId, String kind, Period period, String status) {
    }

    public record TransitionRequest(LocalDate effectiveOn, @Size(max = 1000) String reason, Money approvedAmount) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Callers callers;
    private final IdempotentWrites idempotent;
    private final LiveUpdates live;

    public FundingController(CommandGateway commands, QueryGateway queries, Callers callers,
                             IdempotentWrites idempotent, LiveUpdates live) {
        this.live = live;
        this.commands = commands;
        this.queries = queries;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @PostMapping("/programmes")
    @Operation(summary = "Register a funding programme (COORDINATOR)")
    public ResponseEntity<Map<String, String>> registerProgramme(
            @Valid @RequestBody ProgrammeRequest request,
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Caller caller = callers.current(null, key, null);
        if (!isCoordinator(caller)) {
            throw new AccessDeniedException("Only a coordinator registers programmes");
        }
        return idempotent.once(caller.organisationId(), key, "programme " + request, () -> caller.run(() -> {
            FundingProgrammeId id = FundingProgrammeId.random();
            commands.sendAndWait(new RegisterFundingProgrammeCommand(id, request.name(), request.funderLevel(),
                                                                     request.agency(), orToday(request.effectiveOn())));
            if (request.call() != null) {
                commands.sendAndWait(openCall(id, request.call()));
            }
            return ResponseEntity.created(URI.create("/api/funding/programmes/" + id)).body(Map.of("id", id.value()));
        }));
    }

    @PostMapping("/programmes/{id}/calls")
    @Operation(summary = "Open a call of a programme: applications drafted for it must be submitted by its deadline "
                         + "(COORDINATOR)")
    public ResponseEntity<Void> openCall(@PathVariable String id, @Valid @RequestBody CallRequest request,
                                         @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Caller caller = callers.current(null, key, null);
        if (!isCoordinator(caller)) {
            throw new AccessDeniedException("Only a coordinator opens calls");
        }
        FundingProgrammeId programmeId = FundingProgrammeId.of(id);
        if (programmes().stream().noneMatch(programme -> programme.id().equals(programmeId))) {
            throw new ProblemHandling.NotFound();
        }
        return idempotent.once(caller.organisationId(), key, "call " + id + " " + request, () -> caller.run(() -> {
            commands.sendAndWait(openCall(programmeId, request));
            return ResponseEntity.noContent().build();
        }));
    }

    @GetMapping("/programmes")
    @Operation(summary = "The funding programmes with their latest calls")
    public List<FundingProgrammeSummary> programmes() {
        return queries.query(new FindFundingProgrammesQuery(),
                             ResponseTypes.multipleInstancesOf(FundingProgrammeSummary.class)).join();
    }

    private static OpenFundingCallCommand openCall(FundingProgrammeId id, CallRequest call) {
        return new OpenFundingCallCommand(id, new FundingCall(call.name(), call.submissionDeadline()),
                                          orToday(call.effectiveOn()));
    }

    @PostMapping("/applications")
    @Operation(summary = "Draft a funding application (status DRAFT); with predecessorId it extends that project")
    public ResponseEntity<Map<String, String>> draft(
            @Valid @RequestBody ApplicationRequest request,
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Caller caller = callers.current(request.reason(), key, null);
        if (!isCoordinator(caller) && !request.leadApplicantId().equals(caller.organisationId())) {
            throw new AccessDeniedException("A partner drafts applications only as their lead applicant");
        }
        List<ImplementingPartner> partners = request.partnerIds() == null ? List.of()
                : request.partnerIds().stream().map(id -> new ImplementingPartner(OrganisationId.of(id), null, null))
                         .toList();
        return idempotent.once(caller.organisationId(), key, "application " + request, () -> caller.run(() -> {
            FundingApplicationId id = FundingApplicationId.random();
            commands.sendAndWait(new DraftFundingApplicationCommand(
                    id, FundingProgrammeId.of(request.programmeId()), request.title(),
                    OrganisationId.of(request.leadApplicantId()), partners, request.requestedAmount(),
                    request.period(), request.positions(), request.leadAttribution(),
                    orToday(request.effectiveOn()),
                    request.predecessorId() == null ? null : FundingApplicationId.of(request.predecessorId())));
            return ResponseEntity.created(URI.create("/api/funding/applications/" + id)).body(Map.of("id", id.value()));
        }));
    }

    @PostMapping("/applications/{id}/{transition}")
    @Operation(summary = "Move an application: submit, promise-approval, approve, start, close, reject, withdraw; "
                         + "early-start records an early-start exemption")
    public ResponseEntity<Void> transition(@PathVariable String id, @PathVariable String transition,
                                           @Valid @RequestBody(required = false) TransitionRequest request,
                                           @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        TransitionRequest given = request == null ? new TransitionRequest(null, null, null) : request;
        Caller caller = callers.current(given.reason(), key, null);
        FundingApplicationId applicationId = movableBy(caller, id);
        LocalDate on = orToday(given.effectiveOn());
        Supplier<Object> command = switch (transition) {
            case "submit" -> () -> new SubmitFundingApplicationCommand(applicationId, on);
            case "promise-approval" -> () -> new PromiseFundingApprovalCommand(applicationId, on);
            case "approve" -> () -> new ApproveFundingApplicationCommand(applicationId, given.approvedAmount(), on);
            case "start" -> () -> new StartFundedProjectCommand(applicationId, on);
            case "close" -> () -> new CloseFundedProjectCommand(applicationId, on);
            case "reject" -> () -> new RejectFundingApplicationCommand(applicationId, on);
            case "withdraw" -> () -> new WithdrawFundingApplicationCommand(applicationId, on);
            case "early-start" -> () -> new RecordEarlyStartExemptionCommand(applicationId, on);
            default -> throw new ProblemHandling.NotFound();
        };
        return idempotent.once(caller.organisationId(), key, transition + " " + id + " " + given,
                               () -> caller.run(() -> {
                                   commands.sendAndWait(command.get());
                                   return ResponseEntity.noContent().build();
                               }));
    }

    @PostMapping("/applications/{id}/financing-plan")
    @Operation(summary = "Set the financing plan: lines per funder level and own funds, each an amount or a rate; "
                         + "refused unless they add up exactly to the total cost")
    public ResponseEntity<Void> financingPlan(@PathVariable String id, @Valid @RequestBody FinancingPlanRequest request,
                                              @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        List<FinancingLine> lines = request.lines().stream()
                .map(line -> new FinancingLine(line.source(), line.label(), line.amount(), line.ratePercent()))
                .toList();
        return write(id, key, request.reason(), "financing-plan " + request, application ->
                new SetFinancingPlanCommand(application, request.totalCost(), lines, orToday(request.effectiveOn())));
    }

    @PostMapping("/applications/{id}/amendments")
    @Operation(summary = "Propose an amendment of a running project (amount, period, partners)")
    public ResponseEntity<Map<String, String>> proposeAmendment(
            @PathVariable String id, @Valid @RequestBody AmendmentRequest request,
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Caller caller = callers.current(request.reason(), key, null);
        FundingApplicationId applicationId = movableBy(caller, id);
        return idempotent.once(caller.organisationId(), key, "amendment " + id + " " + request,
                               () -> caller.run(() -> {
                                   String amendmentId = "amendment-" + UUID.randomUUID();
                                   commands.sendAndWait(new ProposeAmendmentCommand(
                                           applicationId, amendmentId, valuesOf(request),
                                           orToday(request.effectiveOn())));
                                   return ResponseEntity.created(URI.create(
                                           "/api/funding/applications/" + id + "/amendments/" + amendmentId))
                                                        .body(Map.of("id", amendmentId));
                               }));
    }

    @PostMapping("/applications/{id}/amendments/{amendmentId}/{decision}")
    @Operation(summary = "Record the funder's decision on an amendment: approve (optionally with other values for "
                         + "what was proposed) or refuse")
    public ResponseEntity<Void> decideAmendment(@PathVariable String id, @PathVariable String amendmentId,
                                                @PathVariable String decision,
                                                @Valid @RequestBody(required = false) AmendmentRequest request,
                                                @RequestHeader(value = "Idempotency-Key", required = false)
                                                String key) {
        AmendmentRequest given = request == null ? new AmendmentRequest(null, null, null, null, null) : request;
        boolean approve = switch (decision) {
            case "approve" -> true;
            case "refuse" -> false;
            default -> throw new ProblemHandling.NotFound();
        };
        return write(id, key, given.reason(), decision + " " + amendmentId + " " + given, application ->
                new DecideAmendmentCommand(application, amendmentId, approve, valuesOf(given),
                                           orToday(given.effectiveOn())));
    }

    @PostMapping("/applications/{id}/reporting-dates")
    @Operation(summary = "Set the statements of use of an approved project (interim ones and the final one); each "
                         + "becomes a deadline on the lead applicant's task list")
    public ResponseEntity<Void> reportingDates(@PathVariable String id,
                                               @Valid @RequestBody ReportingDatesRequest request,
                                               @RequestHeader(value = "Idempotency-Key", required = false)
                                               String key) {
        return write(id, key, request.reason(), "reporting-dates " + request, application ->
                new SetReportingDatesCommand(application, request.interimStatements(), request.finalStatement(),
                                             orToday(request.effectiveOn())));
    }

    @PostMapping("/applications/{id}/deadlines/{deadline}/meet")
    @Operation(summary = "Record that a deadline was met (e.g. the statement of use was handed in)")
    public ResponseEntity<Void> meetDeadline(@PathVariable String id, @PathVariable String deadline,
                                             @Valid @RequestBody(required = false) TransitionRequest request,
                                             @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        TransitionRequest given = request == null ? new TransitionRequest(null, null, null) : request;
        return write(id, key, given.reason(), "meet " + deadline + " " + given, application ->
                new MeetFundingDeadlineCommand(application, deadline, orToday(given.effectiveOn())));
    }

    @GetMapping("/applications")
    @Operation(summary = "Applications by status, programme and organisation (lead applicant or partner); a partner "
                         + "sees only those it is involved in")
    public List<FundingApplicationSummary> applications(@RequestParam(required = false) ApplicationStatus status,
                                                        @RequestParam(required = false) String programme,
                                                        @RequestParam(required = false) String organisation) {
        Caller caller = callers.current(null, null, null);
        List<FundingApplicationSummary> found = queries.query(
                new FindFundingApplicationsQuery(status, programme == null ? null : FundingProgrammeId.of(programme),
                                                 organisation == null ? null : OrganisationId.of(organisation)),
                ResponseTypes.multipleInstancesOf(FundingApplicationSummary.class)).join();
        return found.stream().filter(application -> mayRead(caller, application)).toList();
    }

    @GetMapping("/applications/{id}")
    @Operation(summary = "One funding application with its full timeline")
    public ApplicationDetail application(@PathVariable String id) {
        FundingApplicationSummary application = visibleTo(callers.current(null, null, null),
                                                          FundingApplicationId.of(id));
        List<HistoryEntry> history = queries.query(new FindAggregateHistoryQuery(id),
                                                   ResponseTypes.multipleInstancesOf(HistoryEntry.class)).join();
        List<FundedVisit> visits = queries.query(new FindVisitsQuery(null, application.id()),
                                                 ResponseTypes.multipleInstancesOf(VisitView.class)).join()
                .stream().map(visit -> new FundedVisit(visit.id.value(), visit.partnershipId.value(),
                                                       visit.kind.name(), visit.period, visit.status.name()))
                .toList();
        return new ApplicationDetail(application, history.stream().map(TimelineEntry::of).toList(), visits);
    }

    @GetMapping(path = "/applications/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The application, live: a snapshot, then every change (server-sent events)")
    public SseEmitter applicationStream(@PathVariable String id) {
        FundingApplicationSummary application = visibleTo(callers.current(null, null, null),
                                                          FundingApplicationId.of(id));
        return live.stream(new FindFundingApplicationQuery(application.id()), FundingApplicationSummary.class,
                           any -> true);
    }

    @GetMapping("/portfolio")
    @Operation(summary = "The funding portfolio with the report's semantics")
    public FundingPortfolio portfolio() {
        return queries.query(new FindFundingPortfolioQuery(), ResponseTypes.instanceOf(FundingPortfolio.class)).join();
    }

    @GetMapping(path = "/portfolio/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The portfolio, live: a snapshot, then every change (server-sent events)")
    public SseEmitter portfolioStream() {
        return live.stream(new FindFundingPortfolioQuery(), FundingPortfolio.class, any -> true);
    }

    @GetMapping("/schedules/degressive")
    @Operation(summary = "A degressive co-funding schedule: the funder pays a falling share of a monthly rate, one "
                         + "share per band of months (the report: 70, 60, 50, 40 % over 12 months each)")
    public DegressiveSchedule degressiveSchedule(@RequestParam Money monthlyRate, @RequestParam List<BigDecimal> rates,
                                                 @RequestParam(defaultValue = "12") int bandMonths,
                                                 @RequestParam java.time.YearMonth start) {
        if (monthlyRate.isNegative() || rates.isEmpty() || rates.size() > 20 || bandMonths < 1 || bandMonths > 120) {
            throw RuleViolation.unprocessable("schedule.out-of-range",
                                              "A schedule needs a monthly rate of at least 0, 1 to 20 rates and bands "
                                              + "of 1 to 120 months");
        }
        List<FundingBand> bands = new java.util.ArrayList<>();
        for (BigDecimal percent : rates) {
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw RuleViolation.unprocessable("schedule.rate-out-of-range",
                                                  "A rate is a percentage from 0 to 100, not " + percent);
            }
            bands.add(new FundingBand(bandMonths, percent.movePointLeft(2)));
        }
        return queries.query(new CalculateDegressiveScheduleQuery(monthlyRate, bands, start),
                             ResponseTypes.instanceOf(DegressiveSchedule.class)).join();
    }

    @GetMapping("/tasks")
    @Operation(summary = "The caller's organisation's open deadlines, overdue ones first; a coordinator may ask for "
                         + "another organisation's")
    public List<FundingTask> tasks(@RequestParam(required = false) String organisation) {
        return queries.query(tasksQuery(organisation), ResponseTypes.multipleInstancesOf(FundingTask.class)).join();
    }

    @GetMapping(path = "/tasks/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The task list, live (server-sent events)")
    public SseEmitter tasksStream(@RequestParam(required = false) String organisation) {
        return live.stream(tasksQuery(organisation), ResponseTypes.multipleInstancesOf(FundingTask.class), List.class,
                           any -> true);
    }

    private FindFundingTasksQuery tasksQuery(String organisation) {
        Caller caller = callers.current(null, null, null);
        String whose = organisation == null ? caller.organisationId() : organisation;
        if (whose == null || (!isCoordinator(caller) && !whose.equals(caller.organisationId()))) {
            throw new AccessDeniedException("A partner sees its own task list");
        }
        return new FindFundingTasksQuery(OrganisationId.of(whose));
    }

    /** Sends the command for an application the caller may move (as lead applicant or coordinator). */
    private ResponseEntity<Void> write(String id, String key, String reason, String request,
                                       java.util.function.Function<FundingApplicationId, Object> command) {
        Caller caller = callers.current(reason, key, null);
        FundingApplicationId applicationId = movableBy(caller, id);
        return idempotent.once(caller.organisationId(), key, request + " " + id, () -> caller.run(() -> {
            commands.sendAndWait(command.apply(applicationId));
            return ResponseEntity.noContent().build();
        }));
    }

    private FundingApplicationId movableBy(Caller caller, String id) {
        FundingApplicationSummary application = visibleTo(caller, FundingApplicationId.of(id));
        if (!isCoordinator(caller) && !application.leadApplicant().value().equals(caller.organisationId())) {
            throw new AccessDeniedException("Only the lead applicant or a coordinator changes an application");
        }
        return application.id();
    }

    private static AmendmentValues valuesOf(AmendmentRequest request) {
        return new AmendmentValues(request.amount(), request.period(), request.partnerIds() == null ? null
                : request.partnerIds().stream().map(partner -> new ImplementingPartner(OrganisationId.of(partner),
                                                                                       null, null)).toList());
    }

    @GetMapping("/placements")
    @Operation(summary = "Study placements of the dual programme per city and cohort")
    public StudyPlacements placements() {
        return queries.query(new FindStudyPlacementsQuery(), ResponseTypes.instanceOf(StudyPlacements.class)).join();
    }

    @GetMapping(path = "/placements/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The placement tables, live (server-sent events)")
    public SseEmitter placementsStream() {
        return live.stream(new FindStudyPlacementsQuery(), StudyPlacements.class, any -> true);
    }

    /** The application, if the caller may see it; otherwise, as for an unknown id, 404. */
    private FundingApplicationSummary visibleTo(Caller caller, FundingApplicationId id) {
        FundingApplicationSummary application = queries.query(new FindFundingApplicationQuery(id),
                ResponseTypes.instanceOf(FundingApplicationSummary.class)).join();
        if (application == null || !mayRead(caller, application)) {
            throw new ProblemHandling.NotFound();
        }
        return application;
    }

    private static boolean mayRead(Caller caller, FundingApplicationSummary application) {
        return isCoordinator(caller) || (caller.organisationId() != null
                                         && application.involves(OrganisationId.of(caller.organisationId())));
    }
}

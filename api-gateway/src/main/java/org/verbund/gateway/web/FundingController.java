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
                                   @Size(max = 200) String agency, LocalDate effectiveOn) {
    }

    public record ApplicationRequest(@NotBlank @Size(max = 100) String programmeId,
                                     @NotBlank @Size(max = 400) String title,
                                     @NotBlank @Size(max = 100) String leadApplicantId,
                                     List<@NotBlank String> partnerIds, @NotNull Money requestedAmount,
                                     @NotNull Period period, FteShare positions, LeadAttribution leadAttribution,
                                     LocalDate effectiveOn, @Size(max = 1000) String reason) {
    }

    public record TransitionRequest(LocalDate effectiveOn, @Size(max = 1000) String reason, Money approvedAmount) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Callers callers;
    private final IdempotentWrites idempotent;

    public FundingController(CommandGateway commands, QueryGateway queries, Callers callers,
                             IdempotentWrites idempotent) {
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
            return ResponseEntity.created(URI.create("/api/funding/programmes/" + id)).body(Map.of("id", id.value()));
        }));
    }

    @PostMapping("/applications")
    @Operation(summary = "Draft a funding application (status DRAFT)")
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
                    orToday(request.effectiveOn())));
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
        FundingApplicationSummary application = visibleTo(caller, FundingApplicationId.of(id));
        if (!isCoordinator(caller) && !application.leadApplicant().value().equals(caller.organisationId())) {
            throw new AccessDeniedException("Only the lead applicant or a coordinator moves an application");
        }
        FundingApplicationId applicationId = application.id();
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

    @GetMapping("/applications/{id}")
    @Operation(summary = "One funding application")
    public FundingApplicationSummary application(@PathVariable String id) {
        return visibleTo(callers.current(null, null, null), FundingApplicationId.of(id));
    }

    @GetMapping("/portfolio")
    @Operation(summary = "The funding portfolio with the report's semantics")
    public FundingPortfolio portfolio() {
        return queries.query(new FindFundingPortfolioQuery(), ResponseTypes.instanceOf(FundingPortfolio.class)).join();
    }

    @GetMapping("/placements")
    @Operation(summary = "Study placements of the dual programme per city and cohort")
    public StudyPlacements placements() {
        return queries.query(new FindStudyPlacementsQuery(), ResponseTypes.instanceOf(StudyPlacements.class)).join();
    }

    /** The application, if the caller may see it; otherwise, as for an unknown id, 404. */
    private FundingApplicationSummary visibleTo(Caller caller, FundingApplicationId id) {
        FundingApplicationSummary application = queries.query(new FindFundingApplicationQuery(id),
                ResponseTypes.instanceOf(FundingApplicationSummary.class)).join();
        boolean visible = application != null && (isCoordinator(caller)
                || (caller.organisationId() != null && application.involves(OrganisationId.of(caller.organisationId()))));
        if (!visible) {
            throw new ProblemHandling.NotFound();
        }
        return application;
    }

    private static boolean isCoordinator(Caller caller) {
        return "COORDINATOR".equals(caller.role()) || "ADMIN".equals(caller.role());
    }

    private static LocalDate orToday(LocalDate effectiveOn) {
        return effectiveOn == null ? LocalDate.now() : effectiveOn;
    }
}

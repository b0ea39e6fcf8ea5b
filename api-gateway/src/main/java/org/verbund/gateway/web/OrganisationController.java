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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.core.audit.api.FindAggregateHistoryQuery;
import org.verbund.core.audit.api.HistoryEntry;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.ChangeOrganisationKindCommand;
import org.verbund.core.network.api.DeactivateOrganisationCommand;
import org.verbund.core.network.api.FindOrganisationQuery;
import org.verbund.core.network.api.FindOrganisationsQuery;
import org.verbund.core.network.api.JoinCoordinationBodyCommand;
import org.verbund.core.network.api.LeaveCoordinationBodyCommand;
import org.verbund.core.network.api.OrganisationKind;
import org.verbund.core.network.api.OrganisationSummary;
import org.verbund.core.network.api.RegisterOrganisationCommand;
import org.verbund.core.network.api.RenameOrganisationCommand;
import org.verbund.gateway.security.Callers;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.verbund.gateway.web.CommandWrites.orToday;

/**
 * The network registry over HTTP. Writes need COORDINATOR or ADMIN (see the security configuration); every
 * authenticated caller may read. {@code effectiveOn} defaults to today; {@code reason} is optional.
 */
@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Network registry")
public class OrganisationController {

    public record RegisterRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 40) String shortName,
                                  @NotNull OrganisationKind kind, LocalDate effectiveOn,
                                  @Size(max = 1000) String reason) {
    }

    public record RenameRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 40) String shortName,
                                LocalDate effectiveOn, @Size(max = 1000) String reason) {
    }

    public record ChangeKindRequest(@NotNull OrganisationKind kind, LocalDate effectiveOn,
                                    @Size(max = 1000) String reason) {
    }

    public record MembershipRequest(@NotBlank @Size(max = 100) String coordinationBodyId, LocalDate effectiveOn,
                                    @Size(max = 1000) String reason) {
    }

    public record DeactivateRequest(LocalDate effectiveOn, @Size(max = 1000) String reason) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Callers callers;
    private final IdempotentWrites idempotent;

    public OrganisationController(CommandGateway commands, QueryGateway queries, Callers callers,
                                  IdempotentWrites idempotent) {
        this.commands = commands;
        this.queries = queries;
        this.callers = callers;
        this.idempotent = idempotent;
    }

    @PostMapping
    @Operation(summary = "Register an organisation")
    public ResponseEntity<Map<String, String>> register(@Valid @RequestBody RegisterRequest request,
                                                        @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return write(key, "register " + request, request.reason(), () -> {
            OrganisationId id = OrganisationId.random();
            commands.sendAndWait(new RegisterOrganisationCommand(id, request.name(), request.shortName(),
                                                                 request.kind(), orToday(request.effectiveOn())));
            return ResponseEntity.created(URI.create("/api/organisations/" + id)).body(Map.of("id", id.value()));
        });
    }

    @PostMapping("/{id}/rename")
    @Operation(summary = "Rename an organisation")
    public ResponseEntity<Void> rename(@PathVariable String id, @Valid @RequestBody RenameRequest request,
                                       @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return write(key, "RenameOrganisation " + id + " " + request, request.reason(), () -> {
            commands.sendAndWait(new RenameOrganisationCommand(OrganisationId.of(id), request.name(), request.shortName(),
                                           orToday(request.effectiveOn())));
            return ResponseEntity.noContent().build();
        });
    }

    @PostMapping("/{id}/change-kind")
    @Operation(summary = "Change the kind of an organisation")
    public ResponseEntity<Void> changeKind(@PathVariable String id, @Valid @RequestBody ChangeKindRequest request,
                                           @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return write(key, "ChangeOrganisationKind " + id + " " + request, request.reason(), () -> {
            commands.sendAndWait(new ChangeOrganisationKindCommand(OrganisationId.of(id), request.kind(), orToday(request.effectiveOn())));
            return ResponseEntity.noContent().build();
        });
    }

    @PostMapping("/{id}/join")
    @Operation(summary = "Make an organisation a member of a coordination body")
    public ResponseEntity<Void> join(@PathVariable String id, @Valid @RequestBody MembershipRequest request,
                                     @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return write(key, "JoinCoordinationBody " + id + " " + request, request.reason(), () -> {
            commands.sendAndWait(new JoinCoordinationBodyCommand(OrganisationId.of(id), OrganisationId.of(request.coordinationBodyId()),
                                             orToday(request.effectiveOn())));
            return ResponseEntity.noContent().build();
        });
    }

    @PostMapping("/{id}/leave")
    @Operation(summary = "End an organisation's membership of a coordination body")
    public ResponseEntity<Void> leave(@PathVariable String id, @Valid @RequestBody MembershipRequest request,
                                      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return write(key, "LeaveCoordinationBody " + id + " " + request, request.reason(), () -> {
            commands.sendAndWait(new LeaveCoordinationBodyCommand(OrganisationId.of(id), OrganisationId.of(request.coordinationBodyId()),
                                              orToday(request.effectiveOn())));
            return ResponseEntity.noContent().build();
        });
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate an organisation")
    public ResponseEntity<Void> deactivate(@PathVariable String id,
                                           @Valid @RequestBody(required = false) DeactivateRequest request,
                                           @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        DeactivateRequest given = request == null ? new DeactivateRequest(null, null) : request;
        return write(key, "DeactivateOrganisation " + id + " " + given, given.reason(), () -> {
            commands.sendAndWait(new DeactivateOrganisationCommand(OrganisationId.of(id), orToday(given.effectiveOn())));
            return ResponseEntity.noContent().build();
        });
    }

    @GetMapping
    @Operation(summary = "All organisations, by name")
    public List<OrganisationSummary> all() {
        return queries.query(new FindOrganisationsQuery(), ResponseTypes.multipleInstancesOf(OrganisationSummary.class))
                      .join();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation")
    public OrganisationSummary one(@PathVariable String id) {
        return Optional.ofNullable(queries.query(new FindOrganisationQuery(OrganisationId.of(id)),
                                                 ResponseTypes.instanceOf(OrganisationSummary.class)).join())
                       .orElseThrow(ProblemHandling.NotFound::new);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every event of an organisation with its metadata, oldest first")
    public List<HistoryEntry> history(@PathVariable String id) {
        List<HistoryEntry> history = queries.query(new FindAggregateHistoryQuery(id),
                                                   ResponseTypes.multipleInstancesOf(HistoryEntry.class)).join();
        if (history.isEmpty()) {
            throw new ProblemHandling.NotFound();
        }
        return history;
    }

    /** Runs a write as the caller, once per Idempotency-Key. */
    private <T> ResponseEntity<T> write(String idempotencyKey, String request, String reason,
                                        java.util.function.Supplier<ResponseEntity<T>> write) {
        Caller caller = callers.current(reason, idempotencyKey, null);
        return idempotent.once(caller.organisationId(), idempotencyKey, request, () -> caller.run(write));
    }
}

package org.verbund.gateway.registry;

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
import org.verbund.core.audit.api.HistoryEntry;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.DeactivateOrganisationCommand;
import org.verbund.core.network.api.FindOrganisationQuery;
import org.verbund.core.network.api.FindOrganisationsQuery;
import org.verbund.core.network.api.OrganisationSummary;
import org.verbund.gateway.web.CommandWrites;
import org.verbund.gateway.web.DatedRequest;
import org.verbund.gateway.web.Histories;
import org.verbund.gateway.web.ProblemHandling;
import org.verbund.gateway.web.Tagged;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.Write;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The network registry over HTTP: every authenticated caller reads it; who may change it (coordinators and admins)
 * is the Organisation aggregate's rule.
 */
@RestController
@RequestMapping(path = "/api/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Network registry")
public class OrganisationController {

    private static final String PATH = "/api/organisations/";

    private final CommandWrites writes;
    private final QueryGateway queries;
    private final Histories histories;

    public OrganisationController(CommandWrites writes, QueryGateway queries, Histories histories) {
        this.writes = writes;
        this.queries = queries;
        this.histories = histories;
    }

    @PostMapping
    @Operation(summary = "Register an organisation (COORDINATOR, ADMIN)")
    public ResponseEntity<CommandWrites.Created> register(@Valid @RequestBody RegisterOrganisationRequest request,
                                                          Write write) {
        return writes.create(write.because(request.reason()), request, PATH, () -> UUID.randomUUID().toString(),
                             request::toCommand);
    }

    @PostMapping("/{id}/rename")
    @Operation(summary = "Rename an organisation (COORDINATOR, ADMIN)")
    public ResponseEntity<Void> rename(@PathVariable @ValidId String id,
                                       @Valid @RequestBody RenameOrganisationRequest request, Write write) {
        return writes.send(write.because(request.reason()), request, request.toCommand(id));
    }

    @PostMapping("/{id}/change-kind")
    @Operation(summary = "Change the kind of an organisation (COORDINATOR, ADMIN)")
    public ResponseEntity<Void> changeKind(@PathVariable @ValidId String id,
                                           @Valid @RequestBody ChangeOrganisationKindRequest request, Write write) {
        return writes.send(write.because(request.reason()), request, request.toCommand(id));
    }

    @PostMapping("/{id}/join")
    @Operation(summary = "Make an organisation a member of a coordination body (COORDINATOR, ADMIN)")
    public ResponseEntity<Void> join(@PathVariable @ValidId String id, @Valid @RequestBody MembershipRequest request,
                                     Write write) {
        return writes.send(write.because(request.reason()), request, request.toJoin(id));
    }

    @PostMapping("/{id}/leave")
    @Operation(summary = "End an organisation's membership of a coordination body (COORDINATOR, ADMIN)")
    public ResponseEntity<Void> leave(@PathVariable @ValidId String id, @Valid @RequestBody MembershipRequest request,
                                      Write write) {
        return writes.send(write.because(request.reason()), request, request.toLeave(id));
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate an organisation (COORDINATOR, ADMIN)")
    public ResponseEntity<Void> deactivate(@PathVariable @ValidId String id,
                                           @Valid @RequestBody(required = false) DatedRequest request, Write write) {
        DatedRequest given = DatedRequest.orEmpty(request);
        return writes.send(write.because(given.reason()), given,
                           new DeactivateOrganisationCommand(new OrganisationId(id), given.on()));
    }

    @GetMapping
    @Operation(summary = "All organisations, by name")
    public List<OrganisationSummary> all() {
        return queries.query(new FindOrganisationsQuery(), ResponseTypes.multipleInstancesOf(OrganisationSummary.class))
                      .join();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation (its version as ETag)")
    public ResponseEntity<OrganisationSummary> one(@PathVariable @ValidId String id) {
        OrganisationSummary organisation = Optional.ofNullable(queries.query(
                new FindOrganisationQuery(new OrganisationId(id)), ResponseTypes.instanceOf(OrganisationSummary.class))
                                                                      .join())
                                                   .orElseThrow(ProblemHandling.NotFound::new);
        return Tagged.ok(organisation.version(), organisation);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every event of an organisation with its metadata, oldest first")
    public List<HistoryEntry> history(@PathVariable @ValidId String id) {
        List<HistoryEntry> history = histories.entries(id);
        if (history.isEmpty()) {
            throw new ProblemHandling.NotFound();
        }
        return history;
    }
}

package org.verbund.gateway.workshops;

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
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.gateway.web.CommandWrites;
import org.verbund.gateway.web.DatedRequest;
import org.verbund.gateway.web.Histories;
import org.verbund.gateway.web.Tagged;
import org.verbund.gateway.web.TimelineEntry;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.Write;
import org.verbund.workshop.api.DissolveWorkingGroupCommand;
import org.verbund.workshop.api.FindWorkingGroupsQuery;
import org.verbund.workshop.api.RemoveMemberCommand;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkingGroupView;

import java.util.List;
import java.util.UUID;

/**
 * Working groups: set up by coordinators, run by their leading and managing organisations (the WorkingGroup
 * aggregate's rules); read as {@link WorkshopReads} says.
 */
@RestController
@RequestMapping(path = "/api/workshops/groups", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Workshops")
public class WorkingGroupController {

    private final CommandWrites writes;
    private final QueryGateway queries;
    private final WorkshopReads reads;
    private final Histories histories;

    public WorkingGroupController(CommandWrites writes, QueryGateway queries, WorkshopReads reads,
                                  Histories histories) {
        this.writes = writes;
        this.queries = queries;
        this.reads = reads;
        this.histories = histories;
    }

    @PostMapping
    @Operation(summary = "Set up a working group (COORDINATOR)")
    public ResponseEntity<CommandWrites.Created> setUp(@Valid @RequestBody GroupRequest request, Write write) {
        return writes.create(write.because(request.reason()), request, "/api/workshops/groups/",
                             () -> UUID.randomUUID().toString(), request::toCommand);
    }

    @GetMapping
    @Operation(summary = "The working groups the caller may see (its own, and those that publish their results)")
    public List<WorkingGroupView> groups(Caller caller) {
        return queries.query(new FindWorkingGroupsQuery(caller.actor()),
                             ResponseTypes.multipleInstancesOf(WorkingGroupView.class)).join();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One working group (its version as ETag)")
    public ResponseEntity<WorkingGroupView> group(@PathVariable @ValidId String id, Caller caller) {
        WorkingGroupView group = reads.visibleGroup(caller, id);
        return Tagged.ok(group.version(), group);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every event of the group: who, on whose behalf, recorded, effective, why (members only)")
    public List<TimelineEntry> history(@PathVariable @ValidId String id, Caller caller) {
        reads.groupOfMember(caller, id);
        return histories.of(id);
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Admit a member (the group's leading or managing organisation, COORDINATOR)")
    public ResponseEntity<Void> admit(@PathVariable @ValidId String id, @Valid @RequestBody MemberRequest request,
                                      Write write) {
        return writes.send(write.because(request.reason()), request, request.toCommand(id));
    }

    @PostMapping("/{id}/members/{organisationId}/remove")
    @Operation(summary = "A member leaves the group (who runs it)")
    public ResponseEntity<Void> remove(@PathVariable @ValidId String id, @PathVariable @ValidId String organisationId,
                                       @Valid @RequestBody(required = false) DatedRequest request, Write write) {
        DatedRequest given = DatedRequest.orEmpty(request);
        return writes.send(write.because(given.reason()), given, new RemoveMemberCommand(
                new WorkingGroupId(id), new OrganisationId(organisationId), given.on()));
    }

    @PostMapping("/{id}/constitute")
    @Operation(summary = "Record the group's constitution at its constituent meeting (who runs it)")
    public ResponseEntity<Void> constitute(@PathVariable @ValidId String id,
                                           @Valid @RequestBody ConstituteRequest request, Write write) {
        return writes.send(write.because(request.reason()), request, request.toCommand(id));
    }

    @PostMapping("/{id}/dissolve")
    @Operation(summary = "Dissolve the group (who runs it)")
    public ResponseEntity<Void> dissolve(@PathVariable @ValidId String id,
                                         @Valid @RequestBody(required = false) DatedRequest request, Write write) {
        DatedRequest given = DatedRequest.orEmpty(request);
        return writes.send(write.because(given.reason()), given,
                           new DissolveWorkingGroupCommand(new WorkingGroupId(id), given.on()));
    }
}

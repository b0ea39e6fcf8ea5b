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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.verbund.cooperation.api.ChangeGoalCommand;
import org.verbund.cooperation.api.FindMilestonesQuery;
import org.verbund.cooperation.api.FindPartnershipQuery;
import org.verbund.cooperation.api.FindPartnershipsQuery;
import org.verbund.cooperation.api.GoalState;
import org.verbund.cooperation.api.InstitutionContacts;
import org.verbund.cooperation.api.Milestone;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PartnershipView;
import org.verbund.core.eventstore.Caller;
import org.verbund.gateway.web.CommandWrites;
import org.verbund.gateway.web.DatedRequest;
import org.verbund.gateway.web.LiveUpdates;
import org.verbund.gateway.web.Tagged;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.Write;

import java.util.List;
import java.util.UUID;

/**
 * Partnerships with cities abroad, their goals and the milestone feed: started by coordinators, managed by the
 * organisations taking part (the Partnership aggregate's rules); partnerships are read by every caller.
 */
@RestController
@RequestMapping(path = "/api/cooperation", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cooperation")
public class PartnershipController {

    static final String PATH = "/api/cooperation/partnerships/";

    private final CommandWrites writes;
    private final QueryGateway queries;
    private final CooperationReads reads;
    private final LiveUpdates live;

    public PartnershipController(CommandWrites writes, QueryGateway queries, CooperationReads reads,
                                 LiveUpdates live) {
        this.writes = writes;
        this.queries = queries;
        this.reads = reads;
        this.live = live;
    }

    @PostMapping("/partnerships")
    @Operation(summary = "Start a partnership with a city abroad (COORDINATOR)")
    public ResponseEntity<CommandWrites.Created> establish(@Valid @RequestBody PartnershipRequest request,
                                                           Write write) {
        return writes.create(write.because(request.reason()), request, PATH, () -> UUID.randomUUID().toString(),
                             request::toCommand);
    }

    @GetMapping("/partnerships")
    @Operation(summary = "All partnerships")
    public List<PartnershipView> partnerships() {
        return queries.query(new FindPartnershipsQuery(), ResponseTypes.multipleInstancesOf(PartnershipView.class))
                      .join();
    }

    @GetMapping("/partnerships/{id}")
    @Operation(summary = "A partnership: goals and their state, the timeline of its visits, agreements and validity")
    public ResponseEntity<PartnershipView> partnership(@PathVariable @ValidId String id) {
        PartnershipView partnership = reads.partnership(id);
        return Tagged.ok(partnership.version(), partnership);
    }

    @GetMapping(path = "/partnerships/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The partnership, live: goals, visits and agreements as they change (server-sent events)")
    public SseEmitter partnershipStream(@PathVariable @ValidId String id) {
        return live.stream(new FindPartnershipQuery(reads.partnership(id).id()), PartnershipView.class, any -> true);
    }

    @PostMapping("/partnerships/{id}/join")
    @Operation(summary = "Another network organisation takes part (organisations taking part, COORDINATOR)")
    public ResponseEntity<Void> join(@PathVariable @ValidId String id, @Valid @RequestBody JoinRequest request,
                                     Write write) {
        return writes.send(write, request, request.toCommand(id));
    }

    @PostMapping("/partnerships/{id}/status")
    @Operation(summary = "Move the partnership: EXPLORING, ACTIVE, SUSPENDED, ENDED")
    public ResponseEntity<Void> status(@PathVariable @ValidId String id, @Valid @RequestBody StatusRequest request,
                                       Write write) {
        return writes.send(write.because(request.reason()), request, request.toCommand(id));
    }

    @PostMapping("/partnerships/{id}/goals")
    @Operation(summary = "Propose a goal of the partnership")
    public ResponseEntity<CommandWrites.Created> proposeGoal(@PathVariable @ValidId String id,
                                                             @Valid @RequestBody GoalRequest request, Write write) {
        return writes.create(write, request, PATH + id + "/goals/", () -> "goal-" + UUID.randomUUID(),
                             goal -> request.toCommand(id, goal));
    }

    @PostMapping("/partnerships/{id}/goals/{goalId}/{change:agree|achieve|drop}")
    @Operation(summary = "Agree on a proposed goal, record it achieved, or drop it")
    public ResponseEntity<Void> changeGoal(
            @PathVariable @ValidId String id, @PathVariable @ValidId String goalId,
            @PathVariable @Parameter(schema = @Schema(allowableValues = {"agree", "achieve", "drop"})) String change,
            @Valid @RequestBody(required = false) DatedRequest request, Write write) {
        DatedRequest given = DatedRequest.orEmpty(request);
        GoalState state = switch (change) {
            case "agree" -> GoalState.AGREED;
            case "achieve" -> GoalState.ACHIEVED;
            default -> GoalState.DROPPED;
        };
        return writes.send(write.because(given.reason()), given,
                           new ChangeGoalCommand(new PartnershipId(id), goalId, state, given.on()));
    }

    @GetMapping("/partnerships/{id}/contacts")
    @Operation(summary = "The partnership's contacts per institution (personal fields as the caller's role allows)")
    public List<InstitutionContacts> contacts(@PathVariable @ValidId String id, Caller caller) {
        return reads.contactsOf(caller, id).institutions();
    }

    @GetMapping("/milestones")
    @Operation(summary = "The cooperation milestone feed: visits held, agreements signed, goals achieved")
    public List<Milestone> milestones() {
        return queries.query(new FindMilestonesQuery(), ResponseTypes.multipleInstancesOf(Milestone.class)).join();
    }

    @GetMapping(path = "/milestones/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The milestone feed, live (server-sent events)")
    public SseEmitter milestonesStream() {
        return live.stream(new FindMilestonesQuery(), ResponseTypes.multipleInstancesOf(Milestone.class),
                           Milestone.class, any -> true);
    }
}

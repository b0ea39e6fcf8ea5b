package org.verbund.gateway.workshops;

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
import org.verbund.gateway.web.CommandWrites;
import org.verbund.gateway.web.DatedRequest;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.Write;
import org.verbund.workshop.api.CompleteActionItemCommand;
import org.verbund.workshop.api.DropActionItemCommand;
import org.verbund.workshop.api.MeetingId;

import java.util.UUID;
import java.util.function.Function;

/**
 * What a meeting that was held brings out: challenges, strategies, actors with their levels, decisions and action
 * items, recorded by who runs the group; an action item is closed by its owner too (the Meeting aggregate's rules).
 */
@RestController
@RequestMapping(path = MeetingController.PATH + "{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Workshops")
public class MeetingOutcomeController {

    private final CommandWrites writes;

    public MeetingOutcomeController(CommandWrites writes) {
        this.writes = writes;
    }

    @PostMapping("/challenges")
    @Operation(summary = "Record a challenge the meeting identified")
    public ResponseEntity<CommandWrites.Created> challenge(@PathVariable @ValidId String id,
                                                           @Valid @RequestBody TextRequest request, Write write) {
        return outcome(id, "challenge", write.because(request.reason()), request,
                       challenge -> request.toChallenge(id, challenge));
    }

    @PostMapping("/strategies")
    @Operation(summary = "Record a strategy addressing challenges of this meeting or earlier ones of its series")
    public ResponseEntity<CommandWrites.Created> strategy(@PathVariable @ValidId String id,
                                                          @Valid @RequestBody StrategyRequest request, Write write) {
        return outcome(id, "strategy", write, request, strategy -> request.toCommand(id, strategy));
    }

    @PostMapping("/actors")
    @Operation(summary = "Assign an actor and its responsible level to a strategy")
    public ResponseEntity<CommandWrites.Created> actor(@PathVariable @ValidId String id,
                                                       @Valid @RequestBody ActorRequest request, Write write) {
        return outcome(id, "actor", write, request, actor -> request.toCommand(id, actor));
    }

    @PostMapping("/decisions")
    @Operation(summary = "Record a decision: unanimous, or with the dissent")
    public ResponseEntity<CommandWrites.Created> decision(@PathVariable @ValidId String id,
                                                          @Valid @RequestBody DecisionRequest request, Write write) {
        return outcome(id, "decision", write.because(request.reason()), request,
                       decision -> request.toCommand(id, decision));
    }

    @PostMapping("/action-items")
    @Operation(summary = "Assign an action item to an owner with a due date")
    public ResponseEntity<CommandWrites.Created> actionItem(@PathVariable @ValidId String id,
                                                            @Valid @RequestBody ActionItemRequest request,
                                                            Write write) {
        return outcome(id, "action-item", write, request, item -> request.toCommand(id, item));
    }

    @PostMapping("/action-items/{itemId}/{state:done|drop}")
    @Operation(summary = "Mark an action item done, or drop it (its owner, or who runs the group)")
    public ResponseEntity<Void> closeActionItem(
            @PathVariable @ValidId String id, @PathVariable @ValidId String itemId,
            @PathVariable @Parameter(schema = @Schema(allowableValues = {"done", "drop"})) String state,
            @Valid @RequestBody(required = false) DatedRequest request, Write write) {
        DatedRequest given = DatedRequest.orEmpty(request);
        MeetingId meeting = new MeetingId(id);
        return writes.send(write.because(given.reason()), given, state.equals("done")
                ? new CompleteActionItemCommand(meeting, itemId, given.on())
                : new DropActionItemCommand(meeting, itemId, given.on()));
    }

    /** Records an outcome under a new id of its kind: 201 with its location. */
    private ResponseEntity<CommandWrites.Created> outcome(String meetingId, String kind, Write write, Object request,
                                                          Function<String, Object> command) {
        return writes.create(write, request, MeetingController.PATH + meetingId + "/" + kind + "/",
                             () -> kind + "-" + UUID.randomUUID(), command);
    }
}

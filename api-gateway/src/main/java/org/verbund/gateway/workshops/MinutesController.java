package org.verbund.gateway.workshops;

import io.swagger.v3.oas.annotations.Operation;
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
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.Write;

import java.util.UUID;

/**
 * A meeting's minutes: drafted and approved by who runs the group, amended by the organisations that attended, then
 * frozen; corrections point at what they correct and need their own approval (the Meeting aggregate's rules).
 */
@RestController
@RequestMapping(path = MeetingController.PATH + "{id}/minutes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Workshops")
public class MinutesController {

    private final CommandWrites writes;

    public MinutesController(CommandWrites writes) {
        this.writes = writes;
    }

    @PostMapping
    @Operation(summary = "Draft the minutes of a meeting that was held")
    public ResponseEntity<Void> draft(@PathVariable @ValidId String id, @Valid @RequestBody TextRequest request,
                                      Write write) {
        return writes.send(write.because(request.reason()), request, request.toDraft(id));
    }

    @PostMapping("/amendments")
    @Operation(summary = "Amend the draft minutes (organisations that attended; the text is the whole new draft)")
    public ResponseEntity<CommandWrites.Created> amend(@PathVariable @ValidId String id,
                                                       @Valid @RequestBody TextRequest request, Write write) {
        return writes.create(write.because(request.reason()), request,
                             MeetingController.PATH + id + "/minutes/amendments/",
                             () -> "amendment-" + UUID.randomUUID(), amendment -> request.toAmendment(id, amendment));
    }

    @PostMapping("/approve")
    @Operation(summary = "Approve the draft minutes: by the leading organisation, or at the next meeting")
    public ResponseEntity<Void> approve(@PathVariable @ValidId String id, @Valid @RequestBody ApprovalRequest request,
                                        Write write) {
        return writes.send(write.because(request.reason()), request, request.toMinutesApproval(id));
    }

    @PostMapping("/corrections")
    @Operation(summary = "Propose a correction of approved minutes (they stay as approved; the correction needs its "
                         + "own approval)")
    public ResponseEntity<CommandWrites.Created> proposeCorrection(@PathVariable @ValidId String id,
                                                                   @Valid @RequestBody CorrectionRequest request,
                                                                   Write write) {
        return writes.create(write.because(request.reason()), request,
                             MeetingController.PATH + id + "/minutes/corrections/",
                             () -> "correction-" + UUID.randomUUID(), correction -> request.toCommand(id, correction));
    }

    @PostMapping("/corrections/{correctionId}/approve")
    @Operation(summary = "Approve a correction: by the leading organisation, or at the next meeting")
    public ResponseEntity<Void> approveCorrection(@PathVariable @ValidId String id,
                                                  @PathVariable @ValidId String correctionId,
                                                  @Valid @RequestBody ApprovalRequest request, Write write) {
        return writes.send(write.because(request.reason()), request, request.toCorrectionApproval(id, correctionId));
    }
}

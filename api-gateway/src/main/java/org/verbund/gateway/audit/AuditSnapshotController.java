package org.verbund.gateway.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.rebuild.PointInTimeSnapshots;
import org.verbund.core.rebuild.api.PointInTimeSnapshot;
import org.verbund.gateway.web.BadRequest;
import org.verbund.gateway.web.ValidId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A processing group's read models as they stood at a point in time, rebuilt into temporary collections without
 * touching the live ones: "the portfolio as it stood on 2016-12-31". Under {@code /api/audit}: AUDITOR and ADMIN.
 */
@RestController
@RequestMapping(path = "/api/audit/snapshots", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit")
public class AuditSnapshotController {

    private final PointInTimeSnapshots snapshots;

    public AuditSnapshotController(PointInTimeSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** What to rebuild, as of when: at least one of the two times. */
    public record SnapshotRequest(@Schema(example = "funding-portfolio") @NotBlank
                                  @Pattern(regexp = "[a-z0-9-]{1,64}") String projection,
                                  @Schema(example = "2026-12-01T12:00:00Z") Instant recordedAt,
                                  @Schema(example = "2016-12-31") LocalDate effectiveOn) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rebuild a processing group's read models as recorded at an instant, as in effect on a day, "
                         + "or both")
    @ApiResponse(responseCode = "202", description = "Accepted: the snapshot is being rebuilt; watch it with GET")
    public ResponseEntity<PointInTimeSnapshot> start(@Valid @RequestBody SnapshotRequest request, Caller caller) {
        if (request.recordedAt() == null && request.effectiveOn() == null) {
            throw new BadRequest("recordedAt", "give recordedAt, effectiveOn or both");
        }
        PointInTimeSnapshot snapshot = snapshots.start(request.projection(), request.recordedAt(),
                                                       request.effectiveOn(), caller.actor());
        return ResponseEntity.accepted().header("Location", "/api/audit/snapshots/" + snapshot.progress().id())
                             .body(snapshot);
    }

    @GetMapping("/{id}")
    @Operation(summary = "The snapshot's progress, then its answers in the shape of the live read model's")
    @ApiResponse(responseCode = "200", description = "The snapshot")
    public PointInTimeSnapshot status(@PathVariable @ValidId String id) {
        return snapshots.status(id);
    }
}

package org.verbund.gateway.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.core.rebuild.ProjectionRebuilds;
import org.verbund.core.rebuild.api.RebuildProgress;
import org.verbund.gateway.web.ValidId;

/**
 * Rebuilding a processing group's read models beside the live ones (blue/green): start, watch the progress and the
 * comparison with the live read models, then swap the rebuilt ones in (or cancel). The live read models keep
 * answering and following new events all the while. Under {@code /api/admin}, so ADMIN only.
 */
@RestController
@RequestMapping(path = "/api/admin/projections/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administration")
public class ProjectionRebuildController {

    private final ProjectionRebuilds rebuilds;

    public ProjectionRebuildController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Start rebuilding a processing group's read models beside the live ones")
    @ApiResponse(responseCode = "202", description = "Accepted: the rebuild runs; watch it with GET")
    public ResponseEntity<RebuildProgress> rebuild(@PathVariable @ValidId String name) {
        return ResponseEntity.accepted().header("Location", "/api/admin/projections/" + name + "/rebuild")
                             .body(rebuilds.start(name));
    }

    @GetMapping("/rebuild")
    @Operation(summary = "The rebuild's progress (events, total, rate, ETA) and, once caught up, its diff with the "
                         + "live read models")
    @ApiResponse(responseCode = "200", description = "How far the rebuild is")
    public RebuildProgress status(@PathVariable @ValidId String name) {
        return rebuilds.status(name);
    }

    @PostMapping("/swap")
    @Operation(summary = "Make the rebuilt read models live, if they have caught up and equal the live ones")
    @ApiResponse(responseCode = "200", description = "Swapped: the rebuilt read models answer from now on")
    public RebuildProgress swap(@PathVariable @ValidId String name) {
        return rebuilds.swap(name);
    }

    @PostMapping("/rebuild/cancel")
    @Operation(summary = "Stop the rebuild and drop what it built")
    @ApiResponse(responseCode = "200", description = "Cancelled")
    public RebuildProgress cancel(@PathVariable @ValidId String name) {
        return rebuilds.cancel(name);
    }
}

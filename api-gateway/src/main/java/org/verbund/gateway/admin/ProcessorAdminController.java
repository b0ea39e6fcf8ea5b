package org.verbund.gateway.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.gateway.web.ProblemHandling;
import org.verbund.gateway.web.ValidId;

import java.util.Map;

/**
 * Rebuilding a read model from the first event: the processor is stopped, reset and started again. Under
 * {@code /api/admin}, so ADMIN only (the security configuration).
 */
@RestController
@RequestMapping(path = "/api/admin/processors", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administration")
public class ProcessorAdminController {

    private final EventProcessingConfiguration processing;

    public ProcessorAdminController(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @ApiResponse(responseCode = "202", description = "Accepted: the processing group is replaying")
    @PostMapping("/{name}/replay")
    @Operation(summary = "Replay a processing group from the first event (its read models are rebuilt)")
    public ResponseEntity<Map<String, Object>> replay(@PathVariable @ValidId String name) {
        TrackingEventProcessor processor = processor(name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return ResponseEntity.accepted().body(Map.of("processor", name, "replaying", true));
    }

    @GetMapping("/{name}")
    @Operation(summary = "Whether a processing group is running and replaying")
    public Map<String, Object> status(@PathVariable @ValidId String name) {
        TrackingEventProcessor processor = processor(name);
        return Map.of("processor", name, "running", processor.isRunning(), "replaying", processor.isReplaying());
    }

    private TrackingEventProcessor processor(String name) {
        return processing.eventProcessor(name, TrackingEventProcessor.class)
                         .orElseThrow(ProblemHandling.NotFound::new);
    }
}

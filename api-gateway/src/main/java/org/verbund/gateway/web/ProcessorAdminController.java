package org.verbund.gateway.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.gateway.security.Callers;

import java.util.Map;

/** Rebuilding a read model from the first event (ADMIN): the processor is stopped, reset and started again. */
@RestController
@RequestMapping("/api/admin/processors")
@Tag(name = "Admin")
public class ProcessorAdminController {

    private final EventProcessingConfiguration processing;
    private final Callers callers;

    public ProcessorAdminController(EventProcessingConfiguration processing, Callers callers) {
        this.processing = processing;
        this.callers = callers;
    }

    @PostMapping("/{name}/replay")
    @Operation(summary = "Replay a processing group from the first event (its read models are rebuilt)")
    public ResponseEntity<Map<String, Object>> replay(@PathVariable String name) {
        TrackingEventProcessor processor = processor(name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return ResponseEntity.accepted().body(Map.of("processor", name, "replaying", true));
    }

    @GetMapping("/{name}")
    @Operation(summary = "Whether a processing group is running and replaying")
    public Map<String, Object> status(@PathVariable String name) {
        TrackingEventProcessor processor = processor(name);
        return Map.of("processor", name, "running", processor.isRunning(), "replaying", processor.isReplaying());
    }

    private TrackingEventProcessor processor(String name) {
        if (!"ADMIN".equals(callers.current(null, null, null).role())) {
            throw new AccessDeniedException("Only an admin replays processors");
        }
        return processing.eventProcessor(name, TrackingEventProcessor.class)
                         .orElseThrow(ProblemHandling.NotFound::new);
    }
}

package org.verbund.gateway.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.gateway.web.ProblemHandling;
import org.verbund.gateway.web.ValidId;

import java.util.Map;

/**
 * Whether a processing group's processor runs here, and whether it is in error: then it keeps running and retries
 * (after 1 s, doubling up to a minute), as while the store cannot be reached. Its read models are rebuilt beside the live ones
 * ({@link ProjectionRebuildController}), never by emptying them. Under {@code /api/admin}, so ADMIN only.
 */
@RestController
@RequestMapping(path = "/api/admin/processors", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administration")
public class ProcessorAdminController {

    private final EventProcessingConfiguration processing;

    public ProcessorAdminController(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @GetMapping("/{name}")
    @Operation(summary = "Whether a processing group is running, replaying, or in error (retrying, with back-off)")
    public Map<String, Object> status(@PathVariable @ValidId String name) {
        TrackingEventProcessor processor = processor(name);
        return Map.of("processor", name, "running", processor.isRunning(), "replaying", processor.isReplaying(),
                      "error", inError(processor));
    }

    /** A segment that failed (the store could not be read, say) and waits to retry, or the processor itself. */
    public static boolean inError(TrackingEventProcessor processor) {
        return processor.isError()
               || processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
    }

    private TrackingEventProcessor processor(String name) {
        return processing.eventProcessor(name, TrackingEventProcessor.class)
                         .orElseThrow(ProblemHandling.NotFound::new);
    }
}

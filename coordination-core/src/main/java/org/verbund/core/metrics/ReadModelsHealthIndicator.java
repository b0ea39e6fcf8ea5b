package org.verbund.core.metrics;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How current every read model is, in health ({@code readModels}): each streaming processor's position, its lag in
 * events and seconds behind the store's head, and whether it has caught up since it started. A read model catching
 * up (after a start, or replaying) keeps the gateway UP: its reads say so in a header and wait for the caller's own
 * writes, so taking the gateway out of a load balancer would only make things worse.
 */
public final class ReadModelsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;
    private final ProcessorGauges gauges;

    public ReadModelsHealthIndicator(EventProcessingConfiguration processing, ProcessorGauges gauges) {
        super("Read models could not be inspected");
        this.processing = processing;
        this.gauges = gauges;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up();
        processing.eventProcessors().values().stream()
                  .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                  .forEach(processor -> builder.withDetail(processor.getName(), detailsOf(processor)));
    }

    private Map<String, Object> detailsOf(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> statuses = processor.processingStatus().values();
        Map<String, Object> details = new LinkedHashMap<>();
        if (statuses.isEmpty()) {
            details.put("segments", 0); // all of them are processed by another gateway, which reports them
            return details;
        }
        details.put("position", (long) gauges.position(processor));
        details.put("lagEvents", (long) gauges.lagInEvents(processor));
        double lagSeconds = gauges.lagInSeconds(processor);
        details.put("lagSeconds", Double.isNaN(lagSeconds) ? null : lagSeconds);
        details.put("caughtUp", statuses.stream().allMatch(EventTrackerStatus::isCaughtUp));
        details.put("replaying", statuses.stream().anyMatch(EventTrackerStatus::isReplaying));
        details.put("error", statuses.stream().anyMatch(EventTrackerStatus::isErrorState));
        details.put("segments", statuses.size());
        return details;
    }
}

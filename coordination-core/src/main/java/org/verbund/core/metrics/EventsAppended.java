package org.verbund.core.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.monitoring.MessageMonitor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the events the event store has appended, once their unit of work has committed (the event bus reports an
 * event as a success only then): {@value #APPENDED} tagged {@code aggregate}, the aggregate type (its simple class
 * name, as stored), or {@code none} for an event of no aggregate.
 */
public final class EventsAppended implements MessageMonitor<EventMessage<?>> {

    public static final String APPENDED = "verbund.events.appended";
    private final MeterRegistry registry;
    private final Map<String, Counter> byAggregateType = new ConcurrentHashMap<>();

    public EventsAppended(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public MonitorCallback onMessageIngested(EventMessage<?> message) {
        String type = message instanceof DomainEventMessage<?> domain && domain.getType() != null
                ? domain.getType() : "none";
        Counter counter = byAggregateType.computeIfAbsent(type, aggregate -> Counter
                .builder(APPENDED).description("Events appended to the event store, by aggregate type")
                .tag("aggregate", aggregate).register(registry));
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                counter.increment();
            }

            @Override
            public void reportFailure(Throwable cause) {
                // rolled back: nothing was appended
            }

            @Override
            public void reportIgnored() {
                // not published: nothing was appended
            }
        };
    }
}

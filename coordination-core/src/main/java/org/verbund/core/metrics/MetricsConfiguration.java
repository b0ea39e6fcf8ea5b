package org.verbund.core.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.verbund.core.eventstore.MongoCommitEventStorageEngine;
import org.verbund.core.eventstore.StoreReachability;
import org.verbund.core.eventstore.StorePositions;
import org.verbund.core.rebuild.ProjectionRebuilds;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The operators' metrics of commands and processors (events appended: {@code EventStoreConfiguration}). */
@Configuration
public class MetricsConfiguration {

    /**
     * Adds {@link CommandMetrics} to the command bus' monitors. Axon uses only the most specific monitor factory it
     * has for a component type, and a factory for {@link CommandBus} would replace the one Axon's Micrometer module
     * registers for every component, so this one builds Axon's monitor too, as that module would.
     */
    @Bean
    ConfigurerModule commandMetricsModule(ObjectProvider<MeterRegistry> registry,
                                          ObjectProvider<GlobalMetricRegistry> axonMetrics, Environment environment) {
        boolean dimensional = environment.getProperty("axon.metrics.micrometer.dimensional", Boolean.class, false);
        return configurer -> registry.ifAvailable(meters -> configurer.configureMessageMonitor(
                CommandBus.class, (configuration, type, name) -> {
                    List<MessageMonitor<? super Message<?>>> monitors = new ArrayList<>();
                    GlobalMetricRegistry axon = axonMetrics.getIfAvailable();
                    if (axon != null) {
                        monitors.add(untyped(dimensional ? axon.registerComponentWithDefaultTags(type, name)
                                                         : axon.registerComponent(type, name)));
                    }
                    monitors.add(untyped(new CommandMetrics(meters)));
                    return new MultiMessageMonitor<>(monitors);
                }));
    }

    @SuppressWarnings("unchecked") // the command bus gives its monitor command messages only
    private static MessageMonitor<? super Message<?>> untyped(MessageMonitor<?> monitor) {
        return (MessageMonitor<? super Message<?>>) monitor;
    }

    @Bean
    ProcessorGauges processorGauges(@Lazy EventProcessingConfiguration processing, StorePositions positions,
                                    EventStorageEngine storage, ObjectProvider<ProjectionRebuilds> rebuilds,
                                    StoreReachability store) {
        return new ProcessorGauges(processing, positions,
                                   storage instanceof MongoCommitEventStorageEngine engine ? engine : null,
                                   rebuilds.getIfAvailable(), Clock.systemUTC(), store);
    }

    @Bean
    ReadModelsHealthIndicator readModelsHealthIndicator(@Lazy EventProcessingConfiguration processing,
                                                        ProcessorGauges gauges) {
        return new ReadModelsHealthIndicator(processing, gauges);
    }

    /** The processors are known once the application has started. */
    @Bean
    ApplicationListener<ApplicationStartedEvent> processorGaugesBinding(ObjectProvider<MeterRegistry> registry,
                                                                        ProcessorGauges gauges) {
        return started -> registry.ifAvailable(gauges::bindTo);
    }
}

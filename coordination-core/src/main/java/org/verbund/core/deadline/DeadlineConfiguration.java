package org.verbund.core.deadline;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.verbund.core.eventstore.EventStoreConfiguration;

import java.time.Clock;
import java.util.List;

/** The persistent deadline manager replaces Axon's in-memory one; it polls while the application runs. */
@AutoConfiguration(after = EventStoreConfiguration.class, before = AxonAutoConfiguration.class)
@EnableConfigurationProperties(DeadlineProperties.class)
public class DeadlineConfiguration {

    @Bean
    public MongoDeadlineManager deadlineManager(MongoDatabase verbundDatabase, Configuration axonConfiguration,
                                                Serializer serializer, DeadlineProperties properties,
                                                List<CorrelationDataProvider> correlationDataProviders,
                                                ObjectProvider<MeterRegistry> meters) {
        Clock clock = Clock.systemUTC();
        MeterRegistry registry = meters.getIfAvailable();
        MongoDeadlineManager manager = new MongoDeadlineManager(
                verbundDatabase, new ConfigurationScopeAwareProvider(axonConfiguration), serializer, properties,
                clock, registry == null ? DeadlineMetrics.unobserved(clock) : new DeadlineMetrics(registry, clock));
        // events applied by a deadline handler carry the deadline's metadata (actor system:deadlines, causation)
        manager.registerHandlerInterceptor(new CorrelationDataInterceptor<>(correlationDataProviders));
        return manager;
    }

    /** Polls once the application (its aggregates and processors) has started, stops polling before it stops. */
    @Bean
    public SmartLifecycle deadlinePolling(MongoDeadlineManager deadlineManager) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                deadlineManager.start();
                running = true;
            }

            @Override
            public void stop() {
                deadlineManager.shutdown();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 100;
            }
        };
    }
}

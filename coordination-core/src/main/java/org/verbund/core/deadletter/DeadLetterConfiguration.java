package org.verbund.core.deadletter;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.verbund.core.eventstore.StoreReachability;
import org.verbund.core.readmodel.HandledPositions;

import java.time.Clock;

/**
 * Every processing group's handlers behind a dead-letter queue of its own ({@link MongoDeadLetterQueue}): Axon then
 * invokes them through its {@code DeadLetteringEventHandlerInvoker}, whose handlers rethrow (its builder sets the
 * propagating error handler, so the default logging one cannot swallow a failure before the queue sees it).
 */
@Configuration
public class DeadLetterConfiguration {

    public static final String GAUGE = "verbund.deadletters";

    @Bean
    public DeadLetters deadLetters(MongoDatabase verbundDatabase, Serializer serializer,
                                   @Lazy EventProcessingConfiguration processing, HandledPositions handledPositions) {
        return new DeadLetters(verbundDatabase, serializer, processing, handledPositions, Clock.systemUTC());
    }

    /**
     * Every failure parks, and a failed retry parks again: nothing is ever dropped on Verbund's own decision (an
     * operator evicts), since a dropped event leaves a read model quietly wrong. A store that cannot be written fails
     * the enqueue itself, and then the processor retries the event as before.
     */
    static EnqueuePolicy<EventMessage<?>> parkEveryFailure() {
        return (letter, cause) -> Decisions.enqueue(ThrowableCause.truncated(cause, LetterCodec.CAUSE_MESSAGE_SIZE));
    }

    /**
     * Each group's invoker also keeps, per segment, the sequences it parked itself: without it every event of every
     * group costs a lookup of its sequence's document (0.2 to 0.4 ms each on the embedded server, measured), and
     * with it none while the queue is empty. It is safe because only the processor holding a segment parks its
     * sequences (retries and evictions only remove), and a segment taken over starts a new cache that looks again.
     */
    @Bean
    ConfigurerModule deadLetterQueues(ObjectProvider<DeadLetters> deadLetters) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDeadLetterQueueProvider(group -> {
                    processing.registerDeadLetteringEventHandlerInvokerConfiguration(
                            group, (configuration, invoker) -> invoker.enableSequenceIdentifierCache());
                    return configuration -> deadLetters.getObject().queueFor(group);
                })
                .registerDefaultDeadLetterPolicy(configuration -> parkEveryFailure()));
    }

    @Bean
    public DeadLetterHealthIndicator deadLettersHealthIndicator(DeadLetters deadLetters,
                                                                StoreReachability store) {
        return new DeadLetterHealthIndicator(deadLetters, store);
    }

    /** The groups are known once the processors are built, which they are when the application has started. */
    @Bean
    ApplicationListener<ApplicationStartedEvent> deadLetterGauges(ObjectProvider<MeterRegistry> registry,
                                                                  DeadLetters deadLetters) {
        return started -> registry.ifAvailable(meters -> deadLetters.groups().forEach(group -> Gauge
                .builder(GAUGE, deadLetters, letters -> letters.counts().getOrDefault(
                        group, new DeadLetters.Counts(0, 0)).letters())
                .description("Events parked in the group's dead-letter queue (their aggregates wait for an operator)")
                .tag("group", group).register(meters)));
    }
}

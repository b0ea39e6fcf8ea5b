package org.verbund.core.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;
import org.verbund.core.metrics.EventsAppended;
import org.verbund.core.privacy.PersonalDataKeys;
import org.verbund.core.privacy.PersonalDataModule;
import org.verbund.core.readmodel.ReadModelPositions;
import org.verbund.core.secrets.SealedSecrets;

import java.util.concurrent.TimeUnit;

/**
 * Axon on MongoDB: Jackson for every serialized thing (events, snapshots, tokens, sagas, messages; XStream is not on
 * the class path), our {@link MongoCommitEventStorageEngine}, the Mongo extension's token store and our key-lookup saga store in the same
 * database. There is no Axon Server: its connector is excluded from the build.
 */
@AutoConfiguration(after = MongoStoreConfiguration.class, before = AxonAutoConfiguration.class)
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreConfiguration {

    /** The name snapshotting aggregates give in {@code @Aggregate(snapshotTriggerDefinition = ...)}. */
    public static final String SNAPSHOT_TRIGGER = "verbundSnapshotTrigger";

    /**
     * The JSON mapper of stored messages. It is deliberately not the web layer's mapper: what is stored must not
     * change when HTTP formatting does.
     */
    static ObjectMapper storageObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    public static JacksonSerializer jacksonSerializer() {
        return JacksonSerializer.builder()
                                .objectMapper(storageObjectMapper())
                                .revisionResolver(new AnnotationRevisionResolver())
                                .build();
    }

    @Bean
    @Primary
    public Serializer serializer(PersonalDataKeys personalDataKeys) {
        // personal data in events, snapshots and sagas is stored encrypted with the person's key
        return JacksonSerializer.builder()
                                .objectMapper(storageObjectMapper()
                                                      .registerModule(new PersonalDataModule(personalDataKeys)))
                                .revisionResolver(new AnnotationRevisionResolver())
                                .build();
    }

    @Bean
    public PersonalDataKeys personalDataKeys(MongoDatabase verbundDatabase, SealedSecrets sealedSecrets) {
        return new PersonalDataKeys(verbundDatabase, sealedSecrets);
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    /**
     * The embedded server is reachable only from this process, so positions are reserved in process; a real MongoDB
     * may have several gateways writing, so they share the counter document.
     */
    @Bean
    PositionAllocator positionAllocator(MongoDatabase verbundDatabase, StoreProperties storeProperties) {
        return storeProperties.embedded()
                ? InProcessPositionAllocator.resumingIn(verbundDatabase)
                : new GlobalPositionCounter(verbundDatabase.getCollection(MongoCommitEventStorageEngine.COUNTERS_COLLECTION));
    }

    @Bean
    public EventStorageEngine eventStorageEngine(MongoDatabase verbundDatabase,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Serializer serializer,
                                                 Configuration configuration,
                                                 EventStoreProperties properties,
                                                 PositionAllocator positionAllocator) {
        return MongoCommitEventStorageEngine.builder()
                                            .database(verbundDatabase)
                                            .positionAllocator(positionAllocator)
                                            .eventSerializer(eventSerializer)
                                            .snapshotSerializer(serializer)
                                            .upcasterChain(configuration.upcasterChain())
                                            .gapTimeout(properties.gapTimeout())
                                            .batchSize(properties.batchSize())
                                            .build();
    }

    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    public EmbeddedEventStore eventStore(EventStorageEngine eventStorageEngine, Configuration configuration,
                                         EventStoreProperties properties, ObjectProvider<MeterRegistry> meters) {
        MessageMonitor<? super EventMessage<?>> monitor = configuration.messageMonitor(EventStore.class, "eventStore");
        MeterRegistry registry = meters.getIfAvailable();
        return EmbeddedEventStore.builder()
                                 .storageEngine(eventStorageEngine)
                                 .fetchDelay(properties.fetchDelay().toMillis())
                                 .timeUnit(TimeUnit.MILLISECONDS)
                                 // Axon's own monitor, and the operators' count of events appended
                                 .messageMonitor(registry == null ? monitor
                                                 : new MultiMessageMonitor<>(monitor, new EventsAppended(registry)))
                                 .spanFactory(configuration.getComponent(
                                         org.axonframework.eventhandling.EventBusSpanFactory.class))
                                 .build();
    }

    @Bean
    public MongoTemplate axonMongoTemplate(MongoClient mongoClient, MongoDatabase verbundDatabase) {
        return DefaultMongoTemplate.builder()
                                   .mongoDatabase(mongoClient, verbundDatabase.getName())
                                   .build();
    }

    @Bean
    public TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoTokenStore.builder()
                              .mongoTemplate(axonMongoTemplate)
                              .serializer(serializer)
                              .build();
    }

    @Bean
    public SagaStore<Object> sagaStore(MongoDatabase verbundDatabase, Serializer serializer) {
        return new MongoKeyedSagaStore(verbundDatabase, serializer);
    }

    /** Axon's origin provider, keyed as DESIGN.md says: the parent message is the cause, the chain's root the correlation. */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(EventMetadata.CAUSATION_ID, EventMetadata.CORRELATION_ID);
    }

    @Bean
    public CorrelationDataProvider callerCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(EventMetadata.CALLER_KEYS.toArray(String[]::new));
    }

    /** Every command answers with what it recorded (aggregate, version, position). */
    @Bean
    public WriteReceipts writeReceipts() {
        return new WriteReceipts();
    }

    /** How far each read model is, for reads that must show a write. */
    @Bean
    public ReadModelPositions readModelPositions(ApplicationContext context, EventProcessingConfiguration processing,
                                                 MongoTemplate axonMongoTemplate, Serializer serializer) {
        return new ReadModelPositions(context, processing, axonMongoTemplate, serializer);
    }

    /** Other aggregates' current state, for the checks of command handlers. */
    @Bean
    public AggregateReaders aggregateReaders(EventStore eventStore, @Lazy Configuration configuration) {
        return new AggregateReaders(eventStore, configuration);
    }

    /**
     * Snapshots an aggregate every {@code verbund.event-store.snapshot-threshold} events, or the threshold its type
     * has under {@code verbund.event-store.snapshot-thresholds.<SimpleClassName>}.
     */
    @Bean(SNAPSHOT_TRIGGER)
    public SnapshotTriggerDefinition verbundSnapshotTrigger(@Lazy Snapshotter snapshotter,
                                                            EventStoreProperties properties) {
        return new SnapshotTriggerDefinition() {
            @Override
            public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
                return new EventCountSnapshotTriggerDefinition(snapshotter,
                                                               properties.snapshotThresholdFor(aggregateType))
                        .prepareTrigger(aggregateType);
            }
        };
    }

    @Bean
    public EventStoreHealthIndicator eventStoreHealthIndicator(MongoDatabase verbundDatabase,
                                                               MongoStoreConfiguration.EmbeddedStore embeddedStore,
                                                               StoreReachability reachability) {
        return new EventStoreHealthIndicator(verbundDatabase, embeddedStore, reachability);
    }
}

package org.verbund.core.rebuild;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.verbund.core.privacy.PersonalDataKeys;
import org.verbund.core.readmodel.ReadModels;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The read models' database seen through their aliases (what every projection is given), the gates in front of
 * every processor, and the services that rebuild beside the live read models.
 */
@Configuration
public class RebuildConfiguration {

    /** How often a gateway looks for a swap made by another gateway on the store. */
    static final long ALIAS_REFRESH_MILLIS = 500;

    @Bean
    public CollectionAliases collectionAliases(MongoDatabase verbundDatabase) {
        return new CollectionAliases(verbundDatabase);
    }

    @Bean(ReadModels.BEAN)
    public MongoDatabase readModelDatabase(MongoDatabase verbundDatabase, CollectionAliases aliases) {
        return ReadModelDatabases.aliased(verbundDatabase, aliases);
    }

    @Bean
    public static ProjectionGates projectionGates() {
        return new ProjectionGates();
    }

    @Bean
    public ProjectionRebuilds projectionRebuilds(ApplicationContext context, MongoDatabase verbundDatabase,
                                                 EventStorageEngine storage,
                                                 @Lazy EventProcessingConfiguration processing,
                                                 CollectionAliases aliases, ProjectionGates gates,
                                                 PersonalDataKeys personalDataKeys) {
        return new ProjectionRebuilds(context, verbundDatabase, storage, processing, aliases, gates,
                                      personalDataKeys);
    }

    @Bean
    public PointInTimeSnapshots pointInTimeSnapshots(ApplicationContext context, MongoDatabase verbundDatabase,
                                                     EventStorageEngine storage) {
        return new PointInTimeSnapshots(context, verbundDatabase, storage);
    }

    /** Follows swaps made by other gateways on the store. */
    @Bean
    public SmartLifecycle aliasRefreshing(CollectionAliases aliases) {
        return new SmartLifecycle() {
            private ScheduledExecutorService refresher;

            @Override
            public void start() {
                refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "read-model-aliases");
                    thread.setDaemon(true);
                    return thread;
                });
                refresher.scheduleWithFixedDelay(aliases::refresh, ALIAS_REFRESH_MILLIS, ALIAS_REFRESH_MILLIS,
                                                 TimeUnit.MILLISECONDS);
            }

            @Override
            public void stop() {
                refresher.shutdownNow();
                refresher = null;
            }

            @Override
            public boolean isRunning() {
                return refresher != null;
            }
        };
    }
}

package org.verbund.core.audit;

import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.verbund.core.eventstore.StoreProperties;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The audit tree, its signing key, and the appender that keeps the tree up with the store. */
@Configuration
@EnableConfigurationProperties(AuditProperties.class)
public class AuditTreeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuditTreeConfiguration.class);

    @Bean
    public TreeHeadKey treeHeadKey(AuditProperties properties, StoreProperties store) {
        if (properties.treeHeadKey() == null && properties.treeHeadKeyFile() == null && store.embedded()
            && store.embeddedBackend() == StoreProperties.EmbeddedBackend.MEMORY) {
            return TreeHeadKey.generated(); // a store that lives in memory gets a key that does too
        }
        return TreeHeadKey.load(properties, store.dataDir());
    }

    @Bean
    public AuditTree auditTree(MongoDatabase verbundDatabase, TreeHeadKey treeHeadKey) {
        return new AuditTree(verbundDatabase, treeHeadKey, Clock.systemUTC());
    }

    /** Appends newly settled positions every {@code verbund.audit.append-interval}, while the application runs. */
    @Bean
    public SmartLifecycle auditTreeAppending(AuditTree tree, AuditProperties properties) {
        return new SmartLifecycle() {
            private ScheduledExecutorService appender;

            @Override
            public void start() {
                appender = Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "audit-tree-appender");
                    thread.setDaemon(true);
                    return thread;
                });
                long every = properties.appendInterval().toMillis();
                appender.scheduleWithFixedDelay(() -> {
                    try {
                        tree.appendSettled();
                    } catch (RuntimeException e) {
                        log.warn("Appending to the audit tree failed; it tries again in {} ms", every, e);
                    }
                }, 0, every, TimeUnit.MILLISECONDS);
            }

            @Override
            public void stop() {
                appender.shutdownNow();
                try {
                    appender.awaitTermination(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                appender = null;
            }

            @Override
            public boolean isRunning() {
                return appender != null;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 100;
            }
        };
    }
}

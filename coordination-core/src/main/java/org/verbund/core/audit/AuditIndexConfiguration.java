package org.verbund.core.audit;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit index, the indexer that follows the history on every gateway, and the filtered history it serves. */
@Configuration
@EnableConfigurationProperties(AuditIndexProperties.class)
public class AuditIndexConfiguration {

    @Bean
    public HistoryIndex historyIndex(MongoDatabase verbundDatabase, AuditIndexProperties properties) {
        return new HistoryIndex(verbundDatabase, properties.chunkSize());
    }

    @Bean
    public HistoryIndexer historyIndexer(GlobalHistory history, HistoryIndex historyIndex,
                                         AuditIndexProperties properties) {
        return new HistoryIndexer(history, historyIndex, properties.batchSize(), properties.pollInterval());
    }

    @Bean
    public FilteredHistory filteredHistory(GlobalHistory history, EventStorageEngine storage,
                                           HistoryIndex historyIndex) {
        return new FilteredHistory(history, storage, historyIndex);
    }
}

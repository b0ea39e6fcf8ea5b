package org.verbund.core.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Tuning of the audit index (the keyed documents the filtered history is served from).
 *
 * @param chunkSize    positions per chunk of a posting list
 * @param batchSize    events the indexer reads and indexes at a time
 * @param pollInterval how long the indexer waits when it has reached the end of the settled history
 */
@ConfigurationProperties("verbund.audit.index")
public record AuditIndexProperties(Integer chunkSize, Integer batchSize, Duration pollInterval) {

    public AuditIndexProperties {
        chunkSize = chunkSize == null ? 1_000 : chunkSize;
        batchSize = batchSize == null ? 1_000 : batchSize;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
    }
}

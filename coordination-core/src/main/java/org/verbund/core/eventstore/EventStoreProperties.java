package org.verbund.core.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * Tuning of the event store.
 *
 * @param gapTimeout                how long a reserved position may stay invisible before it is declared abandoned
 * @param batchSize                 positions per query when reading the global stream
 * @param fetchDelay                how often processors poll for events written by other instances (events written
 *                                  by this instance wake them at once)
 * @param snapshotThreshold         events after which an aggregate is snapshotted, unless its type has its own
 * @param snapshotThresholds        per aggregate type (simple class name): events after which it is snapshotted
 */
@ConfigurationProperties("verbund.event-store")
public record EventStoreProperties(Duration gapTimeout, Integer batchSize, Duration fetchDelay,
                                   Integer snapshotThreshold, Map<String, Integer> snapshotThresholds) {

    public EventStoreProperties {
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(60) : gapTimeout;
        batchSize = batchSize == null ? 500 : batchSize;
        fetchDelay = fetchDelay == null ? Duration.ofMillis(200) : fetchDelay;
        snapshotThreshold = snapshotThreshold == null ? 100 : snapshotThreshold;
        snapshotThresholds = snapshotThresholds == null ? Map.of() : Map.copyOf(snapshotThresholds);
    }

    public int snapshotThresholdFor(Class<?> aggregateType) {
        return snapshotThresholds.getOrDefault(aggregateType.getSimpleName(), snapshotThreshold);
    }
}

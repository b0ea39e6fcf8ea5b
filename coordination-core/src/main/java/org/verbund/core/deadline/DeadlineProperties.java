package org.verbund.core.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The persistent deadline manager.
 *
 * @param pollInterval how often an instance looks for due deadlines (the latest a deadline fires after it is due)
 * @param lease        how long an instance may take to deliver a deadline it claimed before another may claim it
 * @param maxAttempts  deliveries tried before a failing deadline is parked as FAILED (it stays in the store)
 */
@ConfigurationProperties("verbund.deadlines")
public record DeadlineProperties(Duration pollInterval, Duration lease, Integer maxAttempts) {

    public DeadlineProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        maxAttempts = maxAttempts == null ? 10 : maxAttempts;
    }
}

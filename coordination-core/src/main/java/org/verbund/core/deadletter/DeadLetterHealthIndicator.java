package org.verbund.core.deadletter;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.verbund.core.eventstore.StoreReachability;

import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code deadLetters} health component: UP always, with the parked sequences and letters per group. A projection
 * stuck on one aggregate is an operator's task (the metric alerts), not a reason to take the gateway out of a load
 * balancer: every other aggregate, and every other read model, is still served and current.
 */
public class DeadLetterHealthIndicator extends AbstractHealthIndicator {

    private final DeadLetters deadLetters;
    private final StoreReachability store;

    public DeadLetterHealthIndicator(DeadLetters deadLetters, StoreReachability store) {
        super("The dead letters cannot be read");
        this.deadLetters = deadLetters;
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (store.knownUnreachable()) {
            builder.unknown().withDetail("store", "unreachable"); // the event store's component says DOWN
            return;
        }
        Map<String, DeadLetters.Counts> counts = deadLetters.counts();
        Map<String, Object> groups = new TreeMap<>();
        counts.forEach((group, count) -> groups.put(group, Map.of("sequences", count.sequences(),
                                                                  "letters", count.letters())));
        builder.up()
               .withDetail("letters", counts.values().stream().mapToLong(DeadLetters.Counts::letters).sum())
               .withDetail("groups", groups);
    }
}

package org.verbund.core.readmodel;

import org.axonframework.queryhandling.QueryUpdateEmitter;

/** Helpers for subscription queries of read models. */
public final class LiveQueries {

    /**
     * Whether anyone subscribes to this kind of query now: an update that must be computed (a total summed over a
     * collection) is computed only then, not for every event of a replay.
     */
    public static boolean watched(QueryUpdateEmitter updates, Class<?> queryType) {
        return updates.activeSubscriptions().stream().anyMatch(query -> queryType.isInstance(query.getPayload()));
    }

    private LiveQueries() {
    }
}

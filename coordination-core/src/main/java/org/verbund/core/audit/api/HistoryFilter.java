package org.verbund.core.audit.api;

import java.time.Instant;

/**
 * What an auditor narrows the network's history to; every part is optional and the parts combine (all must hold).
 *
 * @param from         recorded at or after this instant (inclusive)
 * @param to           recorded before this instant (exclusive), so that {@code to} of one query is {@code from} of
 *                     the next without an event in both
 * @param organisation on whose behalf it was done: the {@code organisationId} of the event's metadata
 * @param type         the event type's simple name, as {@link NetworkHistoryEntry#type()}
 * @param context      the bounded context, as {@link NetworkHistoryEntry#context()}
 * @param aggregate    the aggregate id, as {@link NetworkHistoryEntry#aggregateId()}
 */
public record HistoryFilter(Instant from, Instant to, String organisation, String type, String context,
                            String aggregate) {

    /** The whole history. */
    public static HistoryFilter none() {
        return new HistoryFilter(null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return from == null && to == null && organisation == null && type == null && context == null
               && aggregate == null;
    }
}

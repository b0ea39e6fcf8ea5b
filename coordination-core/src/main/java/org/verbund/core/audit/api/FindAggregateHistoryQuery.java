package org.verbund.core.audit.api;

/** Every event of one aggregate, oldest first. Answered with a list of {@link HistoryEntry} (empty if none). */
public record FindAggregateHistoryQuery(String aggregateId) {
}

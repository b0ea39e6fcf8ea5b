package org.verbund.gateway.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.verbund.core.audit.api.FindAggregateHistoryQuery;
import org.verbund.core.audit.api.HistoryEntry;

import java.util.List;

/** An aggregate's history as its timeline, read from the event store (every event, never a read model). */
@Component
public class Histories {

    private final QueryGateway queries;

    public Histories(QueryGateway queries) {
        this.queries = queries;
    }

    public List<TimelineEntry> of(String aggregateId) {
        return entries(aggregateId).stream().map(TimelineEntry::of).toList();
    }

    public List<HistoryEntry> entries(String aggregateId) {
        return queries.query(new FindAggregateHistoryQuery(aggregateId),
                             ResponseTypes.multipleInstancesOf(HistoryEntry.class)).join();
    }
}

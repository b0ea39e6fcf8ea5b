package org.verbund.core.audit;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.verbund.core.audit.api.FindAggregateHistoryQuery;
import org.verbund.core.audit.api.HistoryEntry;

import java.util.List;

/** Answers history queries from the event store itself (not a read model), from the first event on. */
@Component
public class AggregateHistoryQueries {

    private final EventStore eventStore;

    public AggregateHistoryQueries(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    public List<HistoryEntry> handle(FindAggregateHistoryQuery query) {
        // from sequence 0: the storage engine's stream, never a snapshot
        return eventStore.readEvents(query.aggregateId(), 0).asStream().map(AuditJson::entry).toList();
    }
}

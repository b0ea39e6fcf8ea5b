package org.verbund.core.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.verbund.core.privacy.PersonalDataDisplay;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.verbund.core.audit.api.FindAggregateHistoryQuery;
import org.verbund.core.audit.api.HistoryEntry;
import org.verbund.core.kernel.EffectiveDated;

import java.util.List;
import java.util.Map;

/** Answers history queries from the event store itself (not a read model), from the first event on. */
@Component
public class AggregateHistoryQueries {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final EventStore eventStore;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                                                        .registerModule(new PersonalDataDisplay())
                                                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public AggregateHistoryQueries(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    public List<HistoryEntry> handle(FindAggregateHistoryQuery query) {
        // from sequence 0: the storage engine's stream, never a snapshot
        return eventStore.readEvents(query.aggregateId(), 0).asStream().map(this::entry).toList();
    }

    private HistoryEntry entry(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        return new HistoryEntry(event.getSequenceNumber(), event.getPayloadType().getSimpleName(), event.getTimestamp(),
                                payload instanceof EffectiveDated dated ? dated.effectiveOn() : null,
                                json.convertValue(payload, MAP), new java.util.TreeMap<>(event.getMetaData()));
    }
}

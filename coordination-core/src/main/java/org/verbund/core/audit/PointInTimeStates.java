package org.verbund.core.audit;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.verbund.core.audit.api.AggregateState;
import org.verbund.core.audit.api.AuditRule;
import org.verbund.core.audit.api.HistoryEntry;
import org.verbund.core.audit.api.PointInTime;
import org.verbund.core.kernel.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Any aggregate as it stood at a point in time, rebuilt from its own events by Axon's own means: the aggregate class
 * Axon is configured with for the type its events name, created by Axon's aggregate factory and brought up to the
 * point by {@link EventSourcedAggregate#initializeState}, which applies the chosen events through the aggregate's
 * event sourcing handlers (root and {@code @AggregateMember}s) in sequence order. Which events: those recorded at or
 * before {@link PointInTime#recordedAt()}, and of those the ones in effect on {@link PointInTime#effectiveOn()}; one
 * not yet in effect is left out and the later ones are applied without it (the rules that refuse commands are not
 * asked again: this is what the events say, not what a command could do).
 * <p>
 * Read-only: the events are read from sequence 0 (never a snapshot, which holds only the latest state), the
 * aggregate is not loaded through a repository (no lock, no unit of work, no cache) and has no event bus and no
 * snapshot trigger, so nothing it does can be stored or published.
 */
@Component
public class PointInTimeStates {

    private static final Logger log = LoggerFactory.getLogger(PointInTimeStates.class);

    private final EventStore eventStore;
    private final AggregateModels models;

    public PointInTimeStates(EventStore eventStore, @Lazy Configuration configuration) {
        this.eventStore = eventStore;
        this.models = new AggregateModels(configuration);
    }

    /**
     * The aggregate at that point in time.
     *
     * @throws RuleViolation {@code not-found} if no event has this aggregate id;
     *                       {@link AuditRule#DID_NOT_EXIST_THEN} if its creating event was not yet recorded or in
     *                       effect; {@link AuditRule#STATE_NOT_REBUILDABLE} if its handlers refuse the events chosen
     */
    public AggregateState stateOf(String aggregateId, PointInTime at) {
        // one aggregate's events, all of them: small enough to hold (its snapshots keep its loading cheap, not this)
        List<? extends DomainEventMessage<?>> all = eventStore.readEvents(aggregateId, 0).asStream().toList();
        if (all.isEmpty()) {
            throw RuleViolation.notFound();
        }
        DomainEventMessage<?> creation = all.get(0);
        String type = creation.getType();
        List<DomainEventMessage<?>> applied = new ArrayList<>();
        List<DomainEventMessage<?>> notYetEffective = new ArrayList<>();
        for (DomainEventMessage<?> event : all) {
            // an id is one stream (the store keys commits by id and sequence); the type check is Axon's own habit
            if (Objects.equals(type, event.getType()) && at.knows(event.getTimestamp())) {
                (at.inEffect(AuditJson.effectiveDate(event)) ? applied : notYetEffective).add(event);
            }
        }
        if (applied.isEmpty() || applied.get(0) != creation) {
            throw AuditRule.DID_NOT_EXIST_THEN.violation(
                    "It did not exist then: it was created by an event recorded at " + creation.getTimestamp()
                    + ", in effect from " + AuditJson.effectiveDate(creation));
        }
        Rebuilt rebuilt = models.ofType(type).map(model -> rebuild(model, aggregateId, applied))
                                .orElse(new Rebuilt(null, false));
        DomainEventMessage<?> last = applied.get(applied.size() - 1);
        return new AggregateState(aggregateId, type, at.recordedAt(), at.effectiveOn(), last.getSequenceNumber(),
                                  all.get(all.size() - 1).getSequenceNumber(), rebuilt.deleted(), rebuilt.state(),
                                  entries(applied), entries(notYetEffective));
    }

    private static <T> Rebuilt rebuild(AggregateModels.Model<T> model, String aggregateId,
                                       List<DomainEventMessage<?>> events) {
        DomainEventMessage<?>[] applying = {null};
        try {
            T root = model.factory().createAggregateRoot(aggregateId, events.get(0));
            // no event bus: an aggregate that applied something while being rebuilt could not publish it
            EventSourcedAggregate<T> aggregate = EventSourcedAggregate.initialize(
                    root, model.model(), null, NoSnapshotTriggerDefinition.TRIGGER);
            aggregate.initializeState(DomainEventStream.of(events.stream().peek(event -> applying[0] = event),
                                                           () -> events.get(events.size() - 1).getSequenceNumber()));
            applying[0] = null;
            return new Rebuilt(AuditJson.fieldsOf(aggregate.getAggregateRoot()), aggregate.isDeleted());
        } catch (RuntimeException refused) {
            String why = applying[0] == null ? "its state cannot be shown"
                    : "event " + applying[0].getSequenceNumber() + " (" + applying[0].getPayloadType().getSimpleName()
                      + ") cannot be applied after the events chosen before it";
            // the handler's failure says what the events lack; its stack says nothing an operator needs
            log.warn("Cannot rebuild {} {}: {}: {}", model.model().type(), aggregateId, why, refused.toString());
            log.debug("The handler's failure", refused);
            throw AuditRule.STATE_NOT_REBUILDABLE.violation("It cannot be rebuilt at this point: " + why);
        }
    }

    private static List<HistoryEntry> entries(List<DomainEventMessage<?>> events) {
        return events.stream().map(AuditJson::entry).toList();
    }

    private record Rebuilt(Map<String, Object> state, boolean deleted) {
    }
}

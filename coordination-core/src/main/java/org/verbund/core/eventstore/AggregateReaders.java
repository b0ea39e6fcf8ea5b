package org.verbund.core.eventstore;

import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads the current state of an aggregate from the event store, for the checks another aggregate makes before it
 * changes (is this organisation registered and active, who runs this working group): the consistent source that the
 * write path decides from, never a read model that may trail the events.
 *
 * <p>A read takes no lock and joins no unit of work: it must neither wait for nor block commands on the aggregate it
 * reads (two aggregates reading each other would deadlock), and nothing it loads can take part in the reading
 * command's commit. It sees every commit made before it; a check is as current as that. Snapshots are used where the
 * aggregate has them; events of other aggregate types that happen to share the id are ignored.
 */
public class AggregateReaders {

    private final EventStore eventStore;
    private final Configuration configuration;
    private final Map<Class<?>, Model<?>> models = new ConcurrentHashMap<>();

    public AggregateReaders(EventStore eventStore, Configuration configuration) {
        this.eventStore = eventStore;
        this.configuration = configuration;
    }

    /** {@code view} of the aggregate's current state, or empty if there is no such aggregate. */
    public <T, R> Optional<R> read(Class<T> type, String aggregateId, Function<T, R> view) {
        Model<T> model = model(type);
        DomainEventStream events = eventStore.readEvents(aggregateId)
                                             .filter(event -> model.typeName().equals(event.getType()));
        if (!events.hasNext()) {
            return Optional.empty();
        }
        EventSourcedAggregate<T> aggregate = EventSourcedAggregate.initialize(
                model.factory().createAggregateRoot(aggregateId, events.peek()), model.model(), eventStore,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(events);
        return Optional.ofNullable(aggregate.invoke(view));
    }

    @SuppressWarnings("unchecked")
    private <T> Model<T> model(Class<T> type) {
        return (Model<T>) models.computeIfAbsent(type, aggregateType -> {
            AggregateModel<T> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(
                    type, configuration.parameterResolverFactory(), configuration.handlerDefinition(type));
            return new Model<>(model, new GenericAggregateFactory<>(model), model.type());
        });
    }

    private record Model<T>(AggregateModel<T> model, GenericAggregateFactory<T> factory, String typeName) {
    }
}

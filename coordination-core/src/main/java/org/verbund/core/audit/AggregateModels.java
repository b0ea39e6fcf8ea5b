package org.verbund.core.audit;

import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregates Axon is configured with (in Spring Boot: every {@code @Aggregate}), by the type name their events
 * carry ({@code DomainEventMessage.getType()}), each with its model and factory as Axon builds them for its
 * repositories: the same handlers, parameter resolvers and handler enhancers, so that a rebuild applies events
 * exactly as loading the aggregate for a command does.
 */
class AggregateModels {

    private final Configuration configuration;
    private volatile Map<String, Model<?>> byTypeName;

    AggregateModels(Configuration configuration) {
        this.configuration = configuration;
    }

    /** The aggregate whose events carry this type name, if this application has it. */
    Optional<Model<?>> ofType(String typeName) {
        return Optional.ofNullable(models().get(typeName));
    }

    private Map<String, Model<?>> models() {
        // built on first use: the configuration is complete only once the application has started
        Map<String, Model<?>> models = byTypeName;
        if (models == null) {
            models = new HashMap<>();
            for (AggregateConfiguration<?> aggregate : configuration.findModules(AggregateConfiguration.class)) {
                Model<?> model = model(aggregate.aggregateType());
                models.put(model.model().type(), model);
            }
            byTypeName = Map.copyOf(models);
        }
        return models;
    }

    private <T> Model<T> model(Class<T> type) {
        AggregateModel<T> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(
                type, configuration.parameterResolverFactory(), configuration.handlerDefinition(type));
        return new Model<>(model, new GenericAggregateFactory<>(model));
    }

    record Model<T>(AggregateModel<T> model, GenericAggregateFactory<T> factory) {
    }
}

package org.verbund.core.eventstore;

import org.axonframework.common.Priority;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.KernelRule;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Role;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

/**
 * Gives a message handler's {@link Actor} parameter the actor named in the message's metadata (see
 * {@link Caller#metaData()}). A command that names no actor is refused: nothing reaches an aggregate without saying
 * who sends it. Registered through {@code META-INF/services}, so Spring and Axon's test fixtures see it alike.
 */
@Priority(Priority.HIGH)
public class ActorParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Actor> createInstance(Executable executable, Parameter[] parameters, int parameterIndex) {
        return parameters[parameterIndex].getType() == Actor.class ? new ActorResolver() : null;
    }

    /** The actor a message's metadata names. */
    public static Actor actorOf(MetaData metaData) {
        Object id = metaData.get(EventMetadata.ACTOR_ID);
        Object role = metaData.get(EventMetadata.ROLE);
        if (!(id instanceof String actorId) || actorId.isBlank() || !(role instanceof String roleName)) {
            throw KernelRule.ACTOR_UNKNOWN.violation("The command does not say who sends it");
        }
        Role parsed;
        try {
            parsed = Role.valueOf(roleName);
        } catch (IllegalArgumentException unknown) {
            throw KernelRule.ACTOR_UNKNOWN_ROLE.violation("The command names an unknown role: " + roleName);
        }
        Object organisation = metaData.get(EventMetadata.ORGANISATION_ID);
        return new Actor(actorId, organisation instanceof String value && !value.isBlank()
                ? new OrganisationId(value) : null, parsed);
    }

    private static final class ActorResolver implements ParameterResolver<Actor> {

        @Override
        public Actor resolveParameterValue(Message<?> message) {
            return actorOf(message.getMetaData());
        }

        @Override
        public boolean matches(Message<?> message) {
            return true;
        }
    }
}

package org.verbund.core.deadline;

import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.verbund.core.eventstore.EventMetadata;
import org.verbund.core.kernel.Role;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a stored deadline back into a message and delivers it to its scope (e.g. the aggregate) in a unit of work,
 * through the deadline manager's handler interceptors. It fires as the system: the caller who scheduled it is
 * replaced by actor {@code system:deadlines}, because nobody acts when a date passes.
 */
final class DeadlineDelivery {

    static final String SYSTEM_ACTOR = EventMetadata.SYSTEM_ACTOR + ":deadlines";

    private final ScopeAwareProvider scopes;
    private final Serializer serializer;

    DeadlineDelivery(ScopeAwareProvider scopes, Serializer serializer) {
        this.scopes = scopes;
        this.serializer = serializer;
    }

    /** Delivers the deadline; throws what its handler threw. */
    void deliver(Document deadline, List<MessageHandlerInterceptor<? super DeadlineMessage<?>>> interceptors)
            throws Exception {
        ScopeDescriptor scope = serializer.deserialize(new SimpleSerializedObject<>(
                deadline.getString("scope"), String.class, deadline.getString("scopeType"), null));
        DeadlineMessage<?> message = message(deadline);
        UnitOfWork<DeadlineMessage<?>> unitOfWork = new DefaultUnitOfWork<>(message);
        InterceptorChain chain = new DefaultInterceptorChain<>(unitOfWork, interceptors, delivered -> {
            send(delivered, scope);
            return null;
        });
        ResultMessage<?> result = unitOfWork.executeWithResult(chain::proceed);
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof Exception exception ? exception : new IllegalStateException(failure);
        }
    }

    private DeadlineMessage<?> message(Document deadline) {
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(
                deadline.getString("payload"), String.class, deadline.getString("payloadType"),
                deadline.getString("payloadRevision")));
        MetaData scheduled = serializer.deserialize(new SimpleSerializedObject<>(
                deadline.getString("metadata"), String.class, MetaData.class.getName(), null));
        Map<String, Object> metadata = new HashMap<>(scheduled);
        EventMetadata.CALLER_KEYS.forEach(metadata::remove);
        metadata.put(EventMetadata.ACTOR_ID, SYSTEM_ACTOR);
        metadata.put(EventMetadata.ROLE, Role.SYSTEM.name());
        metadata.put(EventMetadata.REASON, "deadline " + deadline.getString("name") + " fell due");
        Instant due = Instant.ofEpochMilli(deadline.getLong("dueAt"));
        return new GenericDeadlineMessage<>(deadline.getString("name"),
                                            new GenericMessage<>(deadline.getString("_id"), payload,
                                                                 MetaData.from(metadata)),
                                            () -> due);
    }

    private void send(DeadlineMessage<?> message, ScopeDescriptor scope) {
        scopes.provideScopeAwareStream(scope).filter(component -> component.canResolve(scope)).forEach(component -> {
            try {
                component.send(message, scope);
            } catch (Exception e) {
                throw new IllegalStateException("Could not deliver deadline " + message.getDeadlineName() + " to "
                                                + scope.scopeDescription(), e);
            }
        });
    }
}

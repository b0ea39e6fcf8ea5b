package org.verbund.core.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

import java.lang.reflect.Constructor;

/**
 * Optimistic concurrency for commands that say which version of their aggregate their sender saw
 * ({@link EventMetadata#EXPECTED_VERSION}, from an HTTP {@code If-Match}): before the handler runs, the loaded
 * aggregate's version is compared with it, and a stale one is refused with Axon's
 * {@link ConflictingAggregateVersionException} (409 {@code concurrent-modification}, with the current version). The
 * check runs before any rule of the handler, so a stale sender always learns that it is stale. Registered through
 * {@code META-INF/services}.
 */
public class ExpectedVersionCheck implements HandlerEnhancerDefinition {

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean onExistingAggregate = original.canHandleMessageType(CommandMessage.class)
                && AnnotationUtils.isAnnotationPresent(original.declaringClass(), AggregateRoot.class)
                && original.unwrap(Constructor.class).isEmpty();
        return onExistingAggregate ? new Checked<>(original) : original;
    }

    private static final class Checked<T> extends WrappedMessageHandlingMember<T> {

        private Checked(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            Object expected = message.getMetaData().get(EventMetadata.EXPECTED_VERSION);
            if (expected != null) {
                long wanted = expected instanceof Number number ? number.longValue()
                        : Long.parseLong(expected.toString());
                Long actual = AggregateLifecycle.getVersion();
                if (actual == null || actual != wanted) {
                    throw new ConflictingAggregateVersionException("the aggregate", wanted,
                                                                   actual == null ? -1 : actual);
                }
            }
            return super.handle(message, target);
        }
    }
}

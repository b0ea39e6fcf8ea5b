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
import org.verbund.core.kernel.RuleViolation;

import java.lang.reflect.Constructor;

/**
 * Optimistic concurrency for commands that say which version of their aggregate their sender saw
 * ({@link EventMetadata#EXPECTED_VERSION}, from an HTTP {@code If-Match}): a command on an aggregate that has moved
 * on is refused with Axon's {@link ConflictingAggregateVersionException} (409 {@code concurrent-modification}, with
 * the current version), whatever the handler's other rules would say about the newer state.
 *
 * <p>Who may act comes first, though: on a stale version the handler still runs, and if it refuses the actor (403,
 * or 404 for an actor who may not learn that the aggregate exists) that refusal is the answer, so that a version
 * never tells anyone about an aggregate they may not see. Otherwise the conflict is thrown and the unit of work rolls
 * back: what the handler applied is never stored, and deadlines it scheduled are never written (they are written
 * when the unit of work commits). Registered through {@code META-INF/services}.
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
            if (expected == null) {
                return super.handle(message, target);
            }
            long wanted = expected instanceof Number number ? number.longValue() : Long.parseLong(expected.toString());
            Long actual = AggregateLifecycle.getVersion();
            if (actual != null && actual == wanted) {
                return super.handle(message, target);
            }
            ConflictingAggregateVersionException stale = new ConflictingAggregateVersionException(
                    "the aggregate", wanted, actual == null ? -1 : actual);
            try {
                super.handle(message, target);
            } catch (RuleViolation refusal) {
                if (refusal.kind() == RuleViolation.Kind.FORBIDDEN || refusal.kind() == RuleViolation.Kind.NOT_FOUND) {
                    throw refusal;
                }
            }
            throw stale;
        }
    }
}

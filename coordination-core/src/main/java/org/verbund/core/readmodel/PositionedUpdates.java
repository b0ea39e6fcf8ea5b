package org.verbund.core.readmodel;

import org.axonframework.common.Registration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryBackpressure;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.UpdateHandlerRegistration;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The query update emitter every projection is given, stamping each update with the global position of the event
 * whose handling emitted it ({@link #POSITION} in its metadata), so that a live stream can say which position an
 * update reflects. The position is taken when the projection emits, while the event is being handled: Axon sends the
 * update only after the whole batch has been committed, when the unit of work would name the batch's last event.
 */
public final class PositionedUpdates implements QueryUpdateEmitter {

    /** The metadata key of an update's position. */
    public static final String POSITION = "verbund-position";

    private final QueryUpdateEmitter delegate;

    public PositionedUpdates(QueryUpdateEmitter delegate) {
        this.delegate = delegate;
    }

    /** The position an update was stamped with, if it was emitted while a tracked event was handled. */
    public static OptionalLong positionOf(SubscriptionQueryUpdateMessage<?> update) {
        return update.getMetaData().get(POSITION) instanceof Number position
                ? OptionalLong.of(position.longValue()) : OptionalLong.empty();
    }

    /** The global position of the event at {@code token} (while replaying: the event replayed). */
    static long positionAt(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    @Override
    public <U> void emit(Predicate<SubscriptionQueryMessage<?, ?, U>> filter,
                         SubscriptionQueryUpdateMessage<U> update) {
        delegate.emit(filter, stamped(update));
    }

    private static <U> SubscriptionQueryUpdateMessage<U> stamped(SubscriptionQueryUpdateMessage<U> update) {
        if (!CurrentUnitOfWork.isStarted()
            || !(CurrentUnitOfWork.get().getMessage() instanceof TrackedEventMessage<?> handled)) {
            return update;
        }
        long position = positionAt(handled.trackingToken());
        return position < 0 ? update : update.andMetaData(Map.of(POSITION, position));
    }

    @Override
    public void complete(Predicate<SubscriptionQueryMessage<?, ?, ?>> filter) {
        delegate.complete(filter);
    }

    @Override
    public void completeExceptionally(Predicate<SubscriptionQueryMessage<?, ?, ?>> filter,
                                      Throwable cause) {
        delegate.completeExceptionally(filter, cause);
    }

    @Override
    public boolean queryUpdateHandlerRegistered(SubscriptionQueryMessage<?, ?, ?> query) {
        return delegate.queryUpdateHandlerRegistered(query);
    }

    @Override
    @Deprecated
    public <U> UpdateHandlerRegistration<U> registerUpdateHandler(SubscriptionQueryMessage<?, ?, ?> query,
                                                                  SubscriptionQueryBackpressure backpressure,
                                                                  int updateBufferSize) {
        return delegate.registerUpdateHandler(query, backpressure, updateBufferSize);
    }

    @Override
    public <U> UpdateHandlerRegistration<U> registerUpdateHandler(SubscriptionQueryMessage<?, ?, ?> query,
                                                                  int updateBufferSize) {
        return delegate.registerUpdateHandler(query, updateBufferSize);
    }

    @Override
    public Set<SubscriptionQueryMessage<?, ?, ?>> activeSubscriptions() {
        return delegate.activeSubscriptions();
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super SubscriptionQueryUpdateMessage<?>> interceptor) {
        return delegate.registerDispatchInterceptor(interceptor);
    }
}

package org.verbund.core.readmodel;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.OptionalLong;

/** The event a projection is handling now, as its event processor's unit of work holds it. */
public final class HandledEvent {

    private HandledEvent() {
    }

    /** The version of aggregate {@code aggregateId} after the event being handled, if it is one of its events. */
    public static OptionalLong versionOf(String aggregateId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return OptionalLong.empty();
        }
        Message<?> handled = CurrentUnitOfWork.get().getMessage();
        return handled instanceof DomainEventMessage<?> event && aggregateId.equals(event.getAggregateIdentifier())
                ? OptionalLong.of(event.getSequenceNumber()) : OptionalLong.empty();
    }
}

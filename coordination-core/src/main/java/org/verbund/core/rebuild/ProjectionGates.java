package org.verbund.core.rebuild;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.MessageHandlerInterceptor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A gate in front of each processing group's event handlers in this gateway: every event passes it holding a read
 * lock, and the gate notes the highest position its group has applied. A rebuild closes the gate for a moment (the
 * write lock) to compare and to swap with the live processor standing between two events, so that the shadow can be
 * brought to exactly what the live read model has seen.
 */
public final class ProjectionGates {

    private final Map<String, Gate> gates = new ConcurrentHashMap<>();

    /**
     * Puts the gate in front of the processor's handlers, once: from its next event on. It is put on the processor
     * itself, when its group is first rebuilt, so that it is certain to hold that processor (the swap's log shows the
     * position the gate saw it apply).
     */
    synchronized void guard(String group, EventProcessor processor) {
        Gate gate = gate(group);
        if (!gate.guarding) {
            processor.registerHandlerInterceptor(interceptor(group));
            gate.guarding = true;
        }
    }

    /** The interceptor of the group's processor. */
    MessageHandlerInterceptor<EventMessage<?>> interceptor(String group) {
        Gate gate = gate(group);
        return (unitOfWork, chain) -> {
            gate.lock.readLock().lock();
            try {
                Object result = chain.proceed();
                if (unitOfWork.getMessage() instanceof TrackedEventMessage<?> tracked) {
                    gate.applied.accumulateAndGet(index(tracked.trackingToken()), Math::max);
                }
                return result;
            } finally {
                gate.lock.readLock().unlock();
            }
        };
    }

    Gate gate(String group) {
        return gates.computeIfAbsent(group, name -> new Gate());
    }

    static long index(TrackingToken token) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        return current instanceof GapAwareTrackingToken gapAware ? gapAware.getIndex() : -1;
    }

    static final class Gate {
        final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
        final AtomicLong applied = new AtomicLong(-1);
        boolean guarding;
    }
}

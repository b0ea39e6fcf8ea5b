package org.verbund.core.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.context.SmartLifecycle;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The position of the event each processing group handled last in this gateway, in the order it handled them (not
 * the highest: a commit that was a gap is handled after higher ones). A live stream that resumes from a position it
 * sent uses it to tell whether its read model has changed since: if the group's last handled event is still the one
 * whose answer the client saw last, nothing the client has not seen can have happened to that read model.
 *
 * <p>Known only from the events handled since this gateway started (and forgotten while a group replays): where it
 * is not known, a stream sends a fresh snapshot, which is always right.
 */
public final class HandledPositions implements SmartLifecycle {

    private static final long UNKNOWN = -1;

    private final EventProcessingConfiguration processing;
    private final Map<String, AtomicLong> lastHandled = new ConcurrentHashMap<>();
    private volatile boolean running;

    public HandledPositions(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** The position of the event {@code group} handled last here, if it is known. */
    public OptionalLong lastHandled(String group) {
        AtomicLong position = processing.eventProcessorByProcessingGroup(group)
                                        .map(processor -> lastHandled.get(processor.getName())).orElse(null);
        long last = position == null ? UNKNOWN : position.get();
        return last == UNKNOWN ? OptionalLong.empty() : OptionalLong.of(last);
    }

    /**
     * Forgets the group's last handled event, after its read model changed without the processor moving (a dead
     * letter retried): until the next event, a resuming stream gets a fresh snapshot.
     */
    public void forget(String group) {
        processing.eventProcessorByProcessingGroup(group)
                  .map(processor -> lastHandled.get(processor.getName()))
                  .ifPresent(position -> position.set(UNKNOWN));
    }

    private MessageHandlerInterceptor<EventMessage<?>> recorder(String processorName) {
        AtomicLong last = lastHandled.computeIfAbsent(processorName, any -> new AtomicLong(UNKNOWN));
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (unitOfWork.getMessage() instanceof TrackedEventMessage<?> tracked) {
                // a replay rewrites the read model from the start: what a client saw before says nothing then
                last.set(tracked.trackingToken() instanceof ReplayToken ? UNKNOWN
                                 : PositionedUpdates.positionAt(tracked.trackingToken()));
            }
            return result;
        };
    }

    /** Puts a recorder in front of every processor's handlers, before the processors start. */
    @Override
    public void start() {
        processing.eventProcessors().forEach((name, processor) -> processor.registerHandlerInterceptor(recorder(name)));
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before Axon's processors start (they start in a later phase), so that no event goes unrecorded. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}

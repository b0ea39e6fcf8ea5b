package org.verbund.core.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * How far the read models are: which processing group answers which query (a query handler of a
 * {@code @ProcessingGroup} class is answered from that group's read model), and whether that group's event processor
 * has handled the event at a given global position. Reads that must show a write wait here, bounded, until it has.
 *
 * <p>A position counts as handled when every segment's token is at or past it and it is not one of the token's gaps
 * (a gap below it, a slow writer's commit still on its way, does not hold the read up). Only the processors of this
 * instance are consulted; queries answered from the event store or an aggregate have no group and never wait.
 */
public class ReadModelPositions implements SmartInitializingSingleton {

    private static final long FIRST_PAUSE_NANOS = 100_000;
    private static final long LONGEST_PAUSE_NANOS = 5_000_000;

    private final ApplicationContext context;
    private final EventProcessingConfiguration processing;
    private final Map<Class<?>, String> groupByQuery = new HashMap<>();

    public ReadModelPositions(ApplicationContext context, EventProcessingConfiguration processing) {
        this.context = context;
        this.processing = processing;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String name : context.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            Class<?> type = ClassUtils.getUserClass(context.getType(name));
            ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class);
            ReflectionUtils.doWithMethods(type, method -> groupByQuery.put(method.getParameterTypes()[0], group.value()),
                                          method -> method.isAnnotationPresent(QueryHandler.class)
                                                    && method.getParameterCount() > 0);
        }
    }

    /** The processing group whose read model answers {@code queryType}, if a read model does. */
    public Optional<String> groupAnswering(Class<?> queryType) {
        return Optional.ofNullable(groupByQuery.get(queryType));
    }

    /** Whether {@code group}'s processor has handled the event at {@code position} (and all before, but gaps). */
    public boolean hasHandled(String group, long position) {
        Optional<EventProcessor> processor = processing.eventProcessor(group);
        if (processor.isEmpty()) {
            return false;
        }
        if (!(processor.get() instanceof StreamingEventProcessor streaming)) {
            return true; // a subscribing processor handles events in the thread that publishes them
        }
        Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
        return !segments.isEmpty() && segments.values().stream().allMatch(status -> covers(status, position));
    }

    /**
     * Waits until {@code group} has handled {@code position}, at most {@code timeout}.
     *
     * @return whether it has
     */
    public boolean awaitHandled(String group, long position, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE_NANOS;
        while (!hasHandled(group, position)) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || Thread.currentThread().isInterrupted()) {
                return false;
            }
            // the processors of this instance are woken by every append of this instance, so a write's own event is
            // usually handled within milliseconds: poll briefly first, then back off
            LockSupport.parkNanos(Math.min(pause, left));
            pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
        }
        return true;
    }

    private static boolean covers(EventTrackerStatus status, long position) {
        if (status.isErrorState()) {
            return false;
        }
        TrackingToken token = status.getTrackingToken();
        if (token == null) {
            return false;
        }
        TrackingToken current = WrappedToken.unwrapLowerBound(token); // while replaying: how far the replay is
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return current != null && current.position().orElse(-1) >= position;
    }
}

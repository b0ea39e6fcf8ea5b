package org.verbund.core.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;

/**
 * How far the read models are: which processing groups answer which query (a query handler of a
 * {@code @ProcessingGroup} class is answered from that group's read model), and whether a group's event processor
 * has handled the event at a given global position. Reads that must show a write wait here, bounded, until it has.
 *
 * <p>A position counts as handled when every segment's token is at or past it and it is not one of the token's gaps
 * (a gap below it, a slow writer's commit still on its way, does not hold the read up). Where this instance processes
 * the whole stream of the group, its processor's own status says so; where segments are processed elsewhere (several
 * gateways on one store), the tokens those instances stored say so. Queries answered from the event store or an
 * aggregate have no group and never wait.
 */
public class ReadModelPositions implements SmartInitializingSingleton {

    private static final long FIRST_PAUSE_NANOS = 100_000;
    private static final long LONGEST_PAUSE_NANOS = 5_000_000;

    private final ApplicationContext context;
    private final EventProcessingConfiguration processing;
    private final StoredTokens storedTokens;
    private final Map<Class<?>, Set<String>> groupsByQuery = new HashMap<>();

    public ReadModelPositions(ApplicationContext context, EventProcessingConfiguration processing,
                              MongoTemplate tokens, Serializer serializer) {
        this.context = context;
        this.processing = processing;
        this.storedTokens = new StoredTokens(tokens, serializer);
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String name : context.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            Class<?> type = ClassUtils.getUserClass(context.getType(name));
            ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class);
            ReflectionUtils.doWithMethods(type, method -> groupsByQuery.computeIfAbsent(
                                                  method.getParameterTypes()[0], query -> new TreeSet<>()).add(group.value()),
                                          method -> method.isAnnotationPresent(QueryHandler.class)
                                                    && method.getParameterCount() > 0);
        }
    }

    /** The processing groups whose read models answer {@code queryType} (none: no read model does). */
    public Set<String> groupsAnswering(Class<?> queryType) {
        return groupsByQuery.getOrDefault(queryType, Set.of());
    }

    /** Whether {@code group}'s processor has handled the event at {@code position} (and all before, but gaps). */
    public boolean hasHandled(String group, long position) {
        Optional<EventProcessor> processor = processing.eventProcessorByProcessingGroup(group);
        if (processor.isEmpty()) {
            return false;
        }
        if (!(processor.get() instanceof StreamingEventProcessor streaming)) {
            return true; // a subscribing processor handles events in the thread that publishes them
        }
        Collection<EventTrackerStatus> local = streaming.processingStatus().values();
        if (local.stream().anyMatch(status -> status.getSegment().getMask() == 0)) {
            // this instance processes the whole stream: its own, newest, status
            return local.stream().allMatch(status -> !status.isErrorState()
                                                     && covers(status.getTrackingToken(), position));
        }
        List<TrackingToken> stored = storedTokens.of(streaming.getName());
        return !stored.isEmpty() && stored.stream().allMatch(token -> covers(token, position));
    }

    /**
     * How far {@code group}'s processor is on this instance: the lowest index of its segments' tokens (events at gaps
     * below it may still be handled later), if it processes here.
     */
    public OptionalLong indexOf(String group) {
        return processing.eventProcessorByProcessingGroup(group)
                         .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                         .map(streaming -> streaming.processingStatus().values().stream()
                                                    .mapToLong(status -> index(status.getTrackingToken())).min())
                         .filter(OptionalLong::isPresent).orElse(OptionalLong.empty());
    }

    /**
     * The position of {@code group}'s processor on this instance while it has not yet caught up with the store since
     * it started (or replays); empty once it has, or where it does not process here.
     */
    public OptionalLong catchingUp(String group) {
        boolean behind = processing.eventProcessorByProcessingGroup(group)
                                   .filter(StreamingEventProcessor.class::isInstance)
                                   .map(StreamingEventProcessor.class::cast)
                                   .map(streaming -> streaming.processingStatus().values().stream().anyMatch(
                                           status -> !status.isCaughtUp() || status.isReplaying()))
                                   .orElse(false);
        return behind ? indexOf(group) : OptionalLong.empty();
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

    private static long index(TrackingToken token) {
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        return current == null ? -1 : current.position().orElse(-1);
    }

    private static boolean covers(TrackingToken token, long position) {
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

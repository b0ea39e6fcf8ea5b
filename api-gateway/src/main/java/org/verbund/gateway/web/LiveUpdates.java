package org.verbund.gateway.web;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.verbund.core.kernel.Role;
import org.verbund.gateway.limits.AbuseLimits;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Read models as server-sent events for dashboards: a subscription query's current answer as event
 * {@code snapshot}, then every new answer as event {@code update}, until the client goes away or the stream times
 * out (clients reconnect; EventSource does so by itself).
 * <p>
 * A client has at most {@link AbuseLimits#streamsPerClient()} streams open (429 beyond). An idle stream gets a
 * heartbeat comment every {@link AbuseLimits#streamHeartbeat()}, so that a client that went away without closing
 * is noticed at the next write; a stream that ends in any way releases its query subscription and its place at
 * once. Streams still open when the gateway stops are ended first, so that its graceful shutdown does not wait
 * for them (the probe saw a shutdown take 25 s).
 */
@Component
public class LiveUpdates implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

    private final QueryGateway queries;
    private final PersonalDataRedaction redaction;
    private final AbuseLimits limits;
    private final Map<String, AtomicInteger> streamsByClient = new ConcurrentHashMap<>();
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(beat -> {
        Thread thread = new Thread(beat, "live-updates-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    public LiveUpdates(QueryGateway queries, PersonalDataRedaction redaction, AbuseLimits limits) {
        this.queries = queries;
        this.redaction = redaction;
        this.limits = limits;
    }

    /** Streams the answers to {@code query}; {@code visible} filters out what this caller may not see. */
    public <Q, R> SseEmitter stream(Q query, Class<R> answerType, Predicate<R> visible) {
        return stream(query, ResponseTypes.instanceOf(answerType), answerType, visible);
    }

    public <Q, R> SseEmitter stream(Q query, ResponseType<R> initialType, Class<?> updateType,
                                    Predicate<? super R> visible) {
        String client = SecurityContextHolder.getContext().getAuthentication().getName();
        AtomicInteger streams = streamsByClient.computeIfAbsent(client, any -> new AtomicInteger());
        if (streams.incrementAndGet() > limits.streamsPerClient()) {
            streams.decrementAndGet();
            throw new TooManyStreams(limits.streamsPerClient());
        }
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        // updates arrive on other threads: the caller's role is taken now
        Role role = redaction.currentRole();
        @SuppressWarnings("unchecked")
        SubscriptionQueryResult<R, R> result = (SubscriptionQueryResult<R, R>) (SubscriptionQueryResult<?, ?>)
                queries.subscriptionQuery(query, initialType, ResponseTypes.instanceOf(updateType));
        AtomicBoolean released = new AtomicBoolean();
        AtomicReference<ScheduledFuture<?>> heartbeat = new AtomicReference<>();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                heartbeat.get().cancel(false);
                result.cancel();
                open.remove(emitter);
                streams.decrementAndGet();
            }
        };
        long beat = limits.streamHeartbeat().toMillis();
        heartbeat.set(heartbeats.scheduleWithFixedDelay(
                () -> send(emitter, SseEmitter.event().comment("heartbeat"), release), beat, beat,
                TimeUnit.MILLISECONDS));
        open.add(emitter);
        emitter.onCompletion(release);
        emitter.onTimeout(release);
        emitter.onError(error -> release.run());
        result.initialResult().subscribe(initial -> {
            if (visible.test(initial)) {
                send(emitter, event("snapshot", redaction.redactFor(role, initial)), release);
            }
            result.updates().filter(visible::test).subscribe(
                    update -> send(emitter, event("update", redaction.redactFor(role, update)), release),
                    error -> end(emitter), () -> end(emitter));
        }, error -> {
            log.warn("A live read model could not be answered", error);
            emitter.complete();
        });
        return emitter;
    }

    /** Streams open now, on this gateway. */
    public int openStreams() {
        return open.size();
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /** Ends every open stream before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public void stop() {
        running = false;
        heartbeats.shutdownNow();
        open.forEach(SseEmitter::complete);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1; // stopped before it
    }

    private static SseEmitter.SseEventBuilder event(String name, Object answer) {
        return SseEmitter.event().name(name).data(answer, MediaType.APPLICATION_JSON);
    }

    /**
     * A failed write means the client is gone: the stream's subscription and place are released at once. Ending the
     * request is the container's: it reports the failure to Spring MVC, which completes it (calling
     * {@code complete} from here raced with that: some requests then stayed open until their timeout).
     */
    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event, Runnable release) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException clientGone) {
            release.run();
        }
    }

    /** Ends a stream that may have ended already (the client gone, the container done with it). */
    private static void end(SseEmitter emitter) {
        try {
            emitter.complete();
        } catch (IllegalStateException alreadyEnded) {
            // nothing left to end
        }
    }

    /** More streams than a client may have open at once: 429. */
    public static class TooManyStreams extends RuntimeException {
        TooManyStreams(int limit) {
            super("A client may have at most " + limit + " live streams open at once: close one first");
        }
    }
}

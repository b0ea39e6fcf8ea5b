package org.verbund.gateway.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.verbund.core.kernel.Role;
import org.verbund.core.readmodel.PositionedUpdates;
import org.verbund.gateway.limits.AbuseLimits;
import org.verbund.gateway.security.StreamAuthorizations;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Read models as server-sent events for dashboards: a subscription query's current answer as event
 * {@code snapshot}, then every new answer as event {@code update} (updates are whole answers, not changes), each with
 * the global position it reflects as its {@code id}, until the client goes away or the stream ends. The first line
 * says how long to wait before reconnecting ({@code retry}); a client that reconnects with {@code Last-Event-ID}
 * resumes ({@link StreamResumption}).
 * <p>
 * A client has at most {@link AbuseLimits#streamsPerClient()} streams open (429 beyond). Every stream gets a
 * heartbeat comment every {@link AbuseLimits#streamHeartbeat()}, so that proxies keep it and a client that went away
 * without closing is noticed at the next write; every second each stream's authorization is checked again
 * ({@link StreamAuthorizations}) and a stream whose client was revoked, changed or whose token expired is ended. A
 * stream that ends in any way releases its query subscription and its place at once. Streams still open when the
 * gateway stops are ended first, so that its graceful shutdown does not wait for them.
 */
@Component
public class LiveUpdates implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);
    static final Duration RECONNECT_AFTER = Duration.ofSeconds(3);
    static final Duration AUTHORIZATION_CHECKS = Duration.ofSeconds(1);
    /** Updates kept for a stream whose client reads slower than they come; beyond, the oldest are dropped. */
    private static final int UPDATE_BUFFER = 256;

    private final QueryBus queries;
    private final ReadYourWrites readYourWrites;
    private final StreamResumption resumption;
    private final PersonalDataRedaction redaction;
    private final StreamAuthorizations authorizations;
    private final AbuseLimits limits;
    private final MeterRegistry meters;
    private final Map<String, AtomicInteger> streamsByClient = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> streamsByKind = new ConcurrentHashMap<>();
    private final Set<LiveStream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "live-updates");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;

    public LiveUpdates(QueryBus queries, ReadYourWrites readYourWrites, StreamResumption resumption,
                       PersonalDataRedaction redaction, StreamAuthorizations authorizations, AbuseLimits limits,
                       MeterRegistry meters) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
        this.resumption = resumption;
        this.redaction = redaction;
        this.authorizations = authorizations;
        this.limits = limits;
        this.meters = meters;
    }

    /** Streams the answers to {@code query}; {@code visible} filters out what this caller may not see. */
    public <Q, R> SseEmitter stream(Q query, Class<R> answerType, Predicate<R> visible) {
        return stream(query, ResponseTypes.instanceOf(answerType), answerType, visible);
    }

    public <Q, R> SseEmitter stream(Q query, ResponseType<R> initialType, Class<?> updateType,
                                    Predicate<? super R> visible) {
        String client = SecurityContextHolder.getContext().getAuthentication().getName();
        AtomicInteger ofClient = streamsByClient.computeIfAbsent(client, any -> new AtomicInteger());
        if (ofClient.incrementAndGet() > limits.streamsPerClient()) {
            ofClient.decrementAndGet();
            throw new TooManyStreams(limits.streamsPerClient());
        }
        try {
            return open(query, initialType, updateType, visible, ofClient);
        } catch (RuntimeException refused) {
            ofClient.decrementAndGet();
            throw refused;
        }
    }

    @SuppressWarnings("unchecked")
    private <Q, R> SseEmitter open(Q query, ResponseType<R> initialType, Class<?> updateType,
                                   Predicate<? super R> visible, AtomicInteger ofClient) {
        HttpServletRequest request = currentRequest();
        OptionalLong resumeFrom = resumption.lastEventId(request);
        // the initial answer shows the caller's own writes, as a read does; it may answer 503 here, before the stream
        SubscriptionQueryMessage<Q, R, Object> message = (SubscriptionQueryMessage<Q, R, Object>)
                readYourWrites.handle(List.of()).apply(0, new GenericSubscriptionQueryMessage<>(
                        query, initialType, (ResponseType<Object>) ResponseTypes.instanceOf(updateType)));
        // updates are buffered from here on, so whatever the read model handles from now on reaches the client
        SubscriptionQueryResult<QueryResponseMessage<R>, SubscriptionQueryUpdateMessage<Object>> result =
                queries.subscriptionQuery(message, UPDATE_BUFFER);
        StreamResumption.Start start = resumption.startFor(query.getClass(), resumeFrom);
        Role role = redaction.currentRole(); // updates arrive on other threads: the caller's role is taken now
        LiveStream stream = new LiveStream(new SseEmitter(STREAM_TIMEOUT.toMillis()), kindOf(query),
                                           authorizations.ofCurrentRequest());
        AtomicInteger ofKind = streamsByKind.computeIfAbsent(stream.kind(), this::gaugeOfKind);
        ofKind.incrementAndGet();
        stream.onRelease(() -> {
            result.cancel();
            open.remove(stream);
            ofClient.decrementAndGet();
            ofKind.decrementAndGet();
        });
        open.add(stream);
        noBuffering();
        stream.retryAfter(RECONNECT_AFTER.toMillis());
        result.initialResult().subscribe(initial -> {
            R answer = initial.getPayload();
            if (start.sendSnapshot() && answer != null && visible.test(answer)) {
                stream.send("snapshot", start.snapshotPosition(), redaction.redactFor(role, answer));
            }
            result.updates().filter(update -> update.getPayload() != null && visible.test((R) update.getPayload()))
                  .subscribe(update -> stream.send("update", PositionedUpdates.positionOf(update),
                                                   redaction.redactFor(role, update.getPayload())),
                             error -> stream.end(), stream::end);
        }, error -> {
            log.warn("A live read model could not be answered", error);
            stream.end();
        });
        return stream.emitter();
    }

    /** Streams open now, on this gateway. */
    public int openStreams() {
        return open.size();
    }

    @Override
    public void start() {
        long beat = limits.streamHeartbeat().toMillis();
        timers.scheduleWithFixedDelay(() -> open.forEach(LiveStream::heartbeat), beat, beat, TimeUnit.MILLISECONDS);
        long check = AUTHORIZATION_CHECKS.toMillis();
        timers.scheduleWithFixedDelay(this::endUnauthorized, check, check, TimeUnit.MILLISECONDS);
        running = true;
    }

    /** Ends every open stream before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public void stop() {
        running = false;
        timers.shutdownNow();
        open.forEach(LiveStream::end);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1; // stopped before it
    }

    private void endUnauthorized() {
        for (LiveStream stream : open) {
            try {
                if (!stream.stillAuthorized()) {
                    stream.end();
                }
            } catch (RuntimeException storeUnreachable) {
                log.debug("A stream's authorization could not be checked now; checked again in a second",
                          storeUnreachable);
            }
        }
    }

    private AtomicInteger gaugeOfKind(String kind) {
        AtomicInteger count = new AtomicInteger();
        Gauge.builder("verbund.streams.open", count, AtomicInteger::get).tag("stream", kind)
             .description("Live streams open now on this gateway").register(meters);
        return count;
    }

    private static String kindOf(Object query) {
        String name = query.getClass().getSimpleName();
        return name.replaceFirst("^Find", "").replaceFirst("Query$", "");
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) Objects.requireNonNull(RequestContextHolder.getRequestAttributes()))
                .getRequest();
    }

    /** Proxies must pass a stream's messages on as they come (nginx buffers unless told not to). */
    private static void noBuffering() {
        HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.getRequestAttributes())
                .getResponse();
        if (response != null) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Accel-Buffering", "no");
        }
    }

    /** More streams than a client may have open at once: 429. */
    public static class TooManyStreams extends RuntimeException {
        TooManyStreams(int limit) {
            super("A client may have at most " + limit + " live streams open at once: close one first");
        }
    }
}

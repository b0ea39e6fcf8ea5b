package org.verbund.gateway.web;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.verbund.core.kernel.Role;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Read models as server-sent events for dashboards: a subscription query's current answer as event
 * {@code snapshot}, then every new answer as event {@code update}, until the client goes away or the stream times
 * out (clients reconnect; EventSource does so by itself).
 */
@Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

    private final QueryGateway queries;
    private final PersonalDataRedaction redaction;

    public LiveUpdates(QueryGateway queries, PersonalDataRedaction redaction) {
        this.queries = queries;
        this.redaction = redaction;
    }

    /** Streams the answers to {@code query}; {@code visible} filters out what this caller may not see. */
    public <Q, R> SseEmitter stream(Q query, Class<R> answerType, Predicate<R> visible) {
        return stream(query, ResponseTypes.instanceOf(answerType), answerType, visible);
    }

    public <Q, R> SseEmitter stream(Q query, ResponseType<R> initialType, Class<?> updateType,
                                    Predicate<? super R> visible) {
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        // updates arrive on other threads: the caller's role is taken now
        Role role = redaction.currentRole();
        @SuppressWarnings("unchecked")
        SubscriptionQueryResult<R, R> result = (SubscriptionQueryResult<R, R>) (SubscriptionQueryResult<?, ?>)
                queries.subscriptionQuery(query, initialType, ResponseTypes.instanceOf(updateType));
        emitter.onCompletion(result::cancel);
        emitter.onTimeout(result::cancel);
        emitter.onError(error -> result.cancel());
        result.initialResult().subscribe(initial -> {
            if (visible.test(initial)) {
                send(emitter, "snapshot", redaction.redactFor(role, initial), result);
            }
            result.updates().filter(visible::test).subscribe(update -> send(emitter, "update",
                                                                            redaction.redactFor(role, update), result),
                                                             error -> emitter.complete(), emitter::complete);
        }, error -> {
            log.warn("A live read model could not be answered", error);
            emitter.complete();
        });
        return emitter;
    }

    private static void send(SseEmitter emitter, String name, Object answer, SubscriptionQueryResult<?, ?> result) {
        try {
            emitter.send(SseEmitter.event().name(name).data(answer, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException clientGone) {
            result.cancel();
        }
    }
}

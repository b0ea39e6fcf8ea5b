package org.verbund.gateway.web;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * One open server-sent event stream: what it writes, and everything it holds, released once however it ends (the
 * client gone, the server ending it, a timeout, an error).
 */
final class LiveStream {

    private final SseEmitter emitter;
    private final String kind;
    private final BooleanSupplier authorized;
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile Runnable onRelease = () -> { };

    LiveStream(SseEmitter emitter, String kind, BooleanSupplier authorized) {
        this.emitter = emitter;
        this.kind = kind;
        this.authorized = authorized;
        emitter.onCompletion(this::release);
        emitter.onTimeout(this::release);
        emitter.onError(error -> release());
    }

    /** What to free when the stream ends; run at most once. */
    void onRelease(Runnable release) {
        this.onRelease = release;
    }

    SseEmitter emitter() {
        return emitter;
    }

    /** What the stream shows (for its metric): the query's name without "Find" and "Query". */
    String kind() {
        return kind;
    }

    /** Whether the authorization the stream was opened with still holds. */
    boolean stillAuthorized() {
        return authorized.getAsBoolean();
    }

    /** Tells the client how long to wait before it reconnects. */
    void retryAfter(long millis) {
        send(SseEmitter.event().reconnectTime(millis));
    }

    /** A named message with the answer as JSON, and the position it reflects as its id where known. */
    void send(String name, OptionalLong position, Object answer) {
        SseEmitter.SseEventBuilder event = SseEmitter.event().name(name);
        position.ifPresent(at -> event.id(Long.toString(at)));
        send(event.data(answer, MediaType.APPLICATION_JSON));
    }

    void heartbeat() {
        send(SseEmitter.event().comment("heartbeat"));
    }

    /**
     * A failed write means the client is gone: what the stream holds is released at once. Ending the request is the
     * container's: it reports the failure to Spring MVC, which completes it (completing it from here raced with that:
     * some requests then stayed open until their timeout).
     */
    private void send(SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException clientGone) {
            release();
        }
    }

    /** Ends the stream from the server's side (the client reconnects, and is authorized again). */
    void end() {
        release();
        try {
            emitter.complete();
        } catch (IllegalStateException alreadyEnded) {
            // nothing left to end
        }
    }

    void release() {
        if (released.compareAndSet(false, true)) {
            onRelease.run();
        }
    }
}

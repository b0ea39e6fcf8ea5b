package org.verbund.core.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;

import java.time.Instant;
import java.util.Optional;

/**
 * A dead letter as {@link MongoDeadLetterQueue} hands it out: it knows its sequence, so that the queue can find its
 * document again by key when Axon evicts or requeues it, and how often it was retried.
 */
public final class ParkedLetter implements DeadLetter<EventMessage<?>> {

    private final String sequence;
    private final EventMessage<?> message;
    private final Cause cause;
    private final Instant enqueuedAt;
    private final Instant lastTouched;
    private final MetaData diagnostics;
    private final int retries;

    ParkedLetter(String sequence, EventMessage<?> message, Cause cause, Instant enqueuedAt, Instant lastTouched,
                 MetaData diagnostics, int retries) {
        this.sequence = sequence;
        this.message = message;
        this.cause = cause;
        this.enqueuedAt = enqueuedAt;
        this.lastTouched = lastTouched;
        this.diagnostics = diagnostics == null ? MetaData.emptyInstance() : diagnostics;
        this.retries = retries;
    }

    public String sequence() {
        return sequence;
    }

    public int retries() {
        return retries;
    }

    @Override
    public EventMessage<?> message() {
        return message;
    }

    @Override
    public Optional<Cause> cause() {
        return Optional.ofNullable(cause);
    }

    @Override
    public Instant enqueuedAt() {
        return enqueuedAt;
    }

    @Override
    public Instant lastTouched() {
        return lastTouched;
    }

    @Override
    public MetaData diagnostics() {
        return diagnostics;
    }

    @Override
    public ParkedLetter markTouched() {
        return new ParkedLetter(sequence, message, cause, enqueuedAt, GenericDeadLetter.clock.instant(), diagnostics,
                                retries);
    }

    @Override
    public ParkedLetter withCause(Throwable requeueCause) {
        // a retry that fails without a cause keeps the first one: the operator still needs to know why it parked
        Cause next = requeueCause == null ? cause : ThrowableCause.asCause(requeueCause);
        return new ParkedLetter(sequence, message, next, enqueuedAt, GenericDeadLetter.clock.instant(), diagnostics,
                                retries);
    }

    @Override
    public ParkedLetter withDiagnostics(MetaData diagnostics) {
        return new ParkedLetter(sequence, message, cause, enqueuedAt, lastTouched, diagnostics, retries);
    }

    @Override
    public String toString() {
        return "ParkedLetter{sequence=" + sequence + ", message=" + message.getIdentifier() + ", retries=" + retries
               + "}";
    }
}

package org.verbund.core.eventstore;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is acting: the authenticated person, the organisation on whose behalf, the role, and what the request said
 * about itself (reason, idempotency key, correlation id). The gateway establishes it from the token for each request;
 * {@link CallerMetadataInterceptor} writes it into the metadata of every command, from where it reaches the events.
 *
 * @param actorId        the person (token subject)
 * @param organisationId the organisation on whose behalf, or null for the system
 * @param role           the role acted in
 * @param reason         why (optional)
 * @param idempotencyKey the request's idempotency key (optional)
 * @param correlationId  the request's correlation id (optional; the command id is used otherwise)
 */
public record Caller(String actorId, String organisationId, String role, String reason, String idempotencyKey,
                     String correlationId) {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    public Caller {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(role, "role");
    }

    public static Caller system(String reason) {
        return new Caller(EventMetadata.SYSTEM_ACTOR, null, "SYSTEM", reason, null, null);
    }

    /** The caller acting on this thread, if any. */
    public static Optional<Caller> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} on this thread as {@code caller}. */
    public <T> T run(Supplier<T> work) {
        Caller previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}

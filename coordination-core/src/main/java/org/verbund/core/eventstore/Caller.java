package org.verbund.core.eventstore;

import org.axonframework.messaging.MetaData;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Role;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who is acting, as it travels on a command: the authenticated person, the organisation on whose behalf, the role,
 * and what the request said about itself (reason, idempotency key, correlation id). Whoever dispatches a command puts
 * {@link #metaData()} on it; handlers see the typed {@link org.verbund.core.kernel.Actor} resolved from it (see
 * {@link ActorParameterResolverFactory}), and Axon's correlation data providers copy it to every event the command
 * causes.
 *
 * @param actorId        the person (token subject), or a system part such as {@code system:deadlines}
 * @param organisationId the organisation on whose behalf, or null for a system part acting on nobody's behalf
 * @param role           the role acted in
 * @param reason         why (optional)
 * @param idempotencyKey the request's idempotency key (optional)
 * @param correlationId  the request's correlation id (optional; the command id is used otherwise)
 */
public record Caller(String actorId, String organisationId, Role role, String reason, String idempotencyKey,
                     String correlationId) {

    public Caller {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(role, "role");
    }

    /** A part of Verbund itself, acting on behalf of {@code organisationId} (or of nobody, when null). */
    public static Caller system(String part, String organisationId, String reason) {
        return new Caller("system:" + part, organisationId, Role.SYSTEM, reason, null, null);
    }

    /**
     * A part of Verbund itself that follows up an event with a command: on behalf of the organisation whose action
     * caused the event, with its reason, in the same correlation.
     */
    public static Caller followingUp(String part, MetaData cause) {
        return new Caller("system:" + part, text(cause, EventMetadata.ORGANISATION_ID), Role.SYSTEM,
                          text(cause, EventMetadata.REASON), null, text(cause, EventMetadata.CORRELATION_ID));
    }

    /** The caller as a command handler sees it. */
    public Actor actor() {
        return new Actor(actorId, organisationId == null || organisationId.isBlank() ? null
                : new OrganisationId(organisationId), role);
    }

    /** The same caller, saying why. */
    public Caller because(String why) {
        return new Caller(actorId, organisationId, role, why, idempotencyKey, correlationId);
    }

    /** The metadata a command sent by this caller carries. */
    public MetaData metaData() {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(EventMetadata.ACTOR_ID, actorId);
        metadata.put(EventMetadata.ROLE, role.name());
        putIfPresent(metadata, EventMetadata.ORGANISATION_ID, organisationId);
        putIfPresent(metadata, EventMetadata.REASON, reason);
        putIfPresent(metadata, EventMetadata.IDEMPOTENCY_KEY, idempotencyKey);
        putIfPresent(metadata, EventMetadata.CORRELATION_ID, correlationId);
        return MetaData.from(metadata);
    }

    private static String text(MetaData metaData, String key) {
        return metaData.get(key) instanceof String value ? value : null;
    }

    private static void putIfPresent(Map<String, Object> metadata, String key, String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, value);
        }
    }
}

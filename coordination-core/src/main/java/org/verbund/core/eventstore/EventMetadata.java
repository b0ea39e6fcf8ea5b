package org.verbund.core.eventstore;

import java.util.List;

/**
 * The metadata keys every command and event carries (see DESIGN.md, "Event conventions").
 */
public final class EventMetadata {

    /** The person who acted. */
    public static final String ACTOR_ID = "actorId";
    /** The organisation on whose behalf the actor acted. */
    public static final String ORGANISATION_ID = "organisationId";
    /** The role the actor acted in. */
    public static final String ROLE = "role";
    /** Why, in the actor's words (optional). */
    public static final String REASON = "reason";
    /** The id of the first message of the chain (the request) this message belongs to. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** The key a client sent to make a write idempotent, when it sent one. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /**
     * On a command only: the version of its aggregate the sender last saw ({@code If-Match}); the command is refused
     * if the aggregate has moved on since (see {@link ExpectedVersionCheck}).
     */
    public static final String EXPECTED_VERSION = "expectedVersion";

    /** Keys copied from a command to the events it causes. */
    public static final List<String> CALLER_KEYS = List.of(ACTOR_ID, ORGANISATION_ID, ROLE, REASON, IDEMPOTENCY_KEY);

    /** The actor recorded when an event is published outside any command (start-up tasks, tests). */
    public static final String SYSTEM_ACTOR = "system";

    private EventMetadata() {
    }
}

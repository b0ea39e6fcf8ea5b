package org.verbund.core.eventstore;

import com.mongodb.client.MongoClient;

/**
 * Whether the driver knows, from its own monitoring of the store (no I/O here), that no server can take writes now.
 * Health and metrics ask it before what needs the store but is not about the store (dead letters, read models' lag):
 * while the store is gone they say what they know without it, instead of each waiting out the driver's server
 * selection timeout, so that a health check stays an answer of a few seconds (the event store's own ping is what
 * reports the store DOWN). The monitor finds a store that is back within its heartbeat, or at once when a request
 * needs it.
 */
public final class StoreReachability {

    private final MongoClient client;

    public StoreReachability(MongoClient client) {
        this.client = client;
    }

    public boolean knownUnreachable() {
        return !client.getClusterDescription().hasWritableServer();
    }

    /**
     * Fails at once while {@link #knownUnreachable()}: for a caller that would otherwise wait out the server selection
     * timeout behind others waiting for the same thing (one client's token checks, which share one cache load).
     */
    public void requireReachable() {
        if (knownUnreachable()) {
            throw new Unreachable();
        }
    }

    /** The store is known to be unreachable; nothing was sent to it. */
    public static final class Unreachable extends RuntimeException {

        Unreachable() {
            super("The driver knows of no server of the store that takes writes", null, false, false);
        }
    }
}

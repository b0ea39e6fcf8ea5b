package org.verbund.core.kernel;

/**
 * The role someone acts in. Tokens carry all but {@link #SYSTEM}, which is only ever given by Verbund's own code
 * (deadlines, event handlers that send commands), never by a token. {@link #METRICS} is for a metrics scraper: it
 * reads health details and metrics and nothing of the network.
 */
public enum Role {
    PARTNER, COORDINATOR, AUDITOR, VIEWER, ADMIN, METRICS, SYSTEM;

    /** Whether a token or an API client may carry this role. */
    public boolean grantable() {
        return this != SYSTEM;
    }

    /** Whether someone in this role changes anything at all (auditors, viewers and scrapers only read). */
    public boolean writes() {
        return this == PARTNER || this == COORDINATOR || this == ADMIN || this == SYSTEM;
    }
}

package org.verbund.core.kernel;

/**
 * The role someone acts in. Tokens carry the first five; {@link #SYSTEM} is only ever given by Verbund's own code
 * (deadlines, event handlers that send commands, the demo loader), never by a token.
 */
public enum Role {
    PARTNER, COORDINATOR, AUDITOR, VIEWER, ADMIN, SYSTEM;

    /** Whether a token or an API client may carry this role. */
    public boolean grantable() {
        return this != SYSTEM;
    }
}

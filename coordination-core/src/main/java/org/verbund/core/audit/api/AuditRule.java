package org.verbund.core.audit.api;

import org.verbund.core.kernel.RuleCode;
import org.verbund.core.kernel.RuleViolation;

/** The rule codes of the auditors' reads. */
public final class AuditRule {

    /** The aggregate exists now, but its creation was not yet recorded, or not yet in effect, at the point asked. */
    public static final RuleCode DID_NOT_EXIST_THEN =
            new RuleCode("audit.did-not-exist-then", RuleViolation.Kind.NOT_FOUND);
    /**
     * The events in effect on the day asked cannot be applied one after the other: an event sourcing handler refused
     * one of them in the state the events before it (with some left out as not yet in effect) gave. The detail names
     * the event.
     */
    public static final RuleCode STATE_NOT_REBUILDABLE =
            new RuleCode("audit.state-not-rebuildable", RuleViolation.Kind.CONFLICT);

    private AuditRule() {
    }
}

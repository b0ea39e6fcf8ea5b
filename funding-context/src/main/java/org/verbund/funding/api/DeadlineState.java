package org.verbund.funding.api;

/** Where a deadline of an application stands: open (overdue once it fell due unmet), met, or dropped. */
public enum DeadlineState {
    OPEN, OVERDUE, MET, DROPPED
}

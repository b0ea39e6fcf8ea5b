package org.verbund.funding.api;

/** Where an amendment stands: waiting for the funder, or decided. */
public enum AmendmentState {
    PROPOSED, APPROVED, REFUSED
}

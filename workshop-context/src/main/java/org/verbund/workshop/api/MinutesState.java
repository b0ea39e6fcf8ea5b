package org.verbund.workshop.api;

/** Where a meeting's minutes stand: none yet, a draft that attendees amend, or approved and frozen. */
public enum MinutesState {
    NONE, DRAFT, APPROVED
}

package org.verbund.workshop.api;

/** Where a meeting stands. */
public enum MeetingStatus {
    SCHEDULED, HELD, CANCELLED
}

package org.verbund.cooperation.api;

/** Where a visit stands. */
public enum VisitStatus {
    PLANNED, HELD, CANCELLED
}

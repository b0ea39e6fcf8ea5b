package org.verbund.workshop.api;

/** Who approved minutes (or a correction): the group's leading organisation, or the next meeting. */
public enum MinutesApproval {
    LEADING_ORGANISATION, NEXT_MEETING
}

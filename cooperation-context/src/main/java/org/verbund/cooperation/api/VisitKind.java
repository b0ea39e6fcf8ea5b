package org.verbund.cooperation.api;

/** What kind of visit: a delegation coming to the network, one going to the partner city, or a working visit. */
public enum VisitKind {
    INCOMING_DELEGATION, OUTGOING_DELEGATION, WORKING_VISIT
}

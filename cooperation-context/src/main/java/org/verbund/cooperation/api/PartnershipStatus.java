package org.verbund.cooperation.api;

/** Where a partnership stands. */
public enum PartnershipStatus {
    EXPLORING, ACTIVE, SUSPENDED, ENDED
}

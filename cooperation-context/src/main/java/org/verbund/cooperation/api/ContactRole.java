package org.verbund.cooperation.api;

/** What a contact person is the contact for. */
public enum ContactRole {
    TOPIC, COORDINATION
}

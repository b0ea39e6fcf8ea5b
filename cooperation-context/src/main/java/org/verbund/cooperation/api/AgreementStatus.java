package org.verbund.cooperation.api;

/** Where an agreement stands. */
public enum AgreementStatus {
    DRAFTED, NEGOTIATING, SIGNED, TERMINATED
}

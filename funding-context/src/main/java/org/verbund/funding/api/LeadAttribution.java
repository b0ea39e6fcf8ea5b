package org.verbund.funding.api;

/** The part the city's coordination team played in a project (Federführung, maßgebliche Beteiligung, ...). */
public enum LeadAttribution {
    LEAD, MAJOR_PARTICIPATION, COOPERATION, NONE
}

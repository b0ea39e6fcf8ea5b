package org.verbund.workshop.api;

/** The level responsible for acting on a strategy (the third workshop of the report's template). */
public enum ResponsibleLevel {
    CITY, STATE, FEDERAL, EU, OTHER
}

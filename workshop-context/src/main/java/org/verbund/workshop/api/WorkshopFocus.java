package org.verbund.workshop.api;

/** What a workshop of a series works on; the report's template runs the first three in order. */
public enum WorkshopFocus {
    /** Identify the central challenges. */
    CHALLENGES,
    /** Work out solution strategies. */
    STRATEGIES,
    /** Identify actors and the responsible levels. */
    ACTORS,
    OTHER
}

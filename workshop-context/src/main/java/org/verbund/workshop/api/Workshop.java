package org.verbund.workshop.api;

import java.util.List;

/** One planned workshop of a series. */
public record Workshop(int number, WorkshopFocus focus, String title) {

    /** The report's template: challenges, then strategies, then actors and responsible levels. */
    public static List<Workshop> template() {
        return List.of(new Workshop(1, WorkshopFocus.CHALLENGES, "Identify the central challenges"),
                       new Workshop(2, WorkshopFocus.STRATEGIES, "Work out solution strategies"),
                       new Workshop(3, WorkshopFocus.ACTORS, "Identify actors and responsible levels"));
    }
}

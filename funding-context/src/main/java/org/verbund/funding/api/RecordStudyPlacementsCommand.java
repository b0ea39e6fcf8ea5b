package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records how many students of the dual study programme a city's carriers employ in a cohort (winter semester, e.g.
 * "2014/15"), by funding: from state funds, from the carriers' own means, or not known.
 *
 * @param placementsId {@code <city>:<cohort>}, see {@link #idOf(String, String)}
 * @param pilotCity    whether the city is one of the ESF pilot cities
 */
public record RecordStudyPlacementsCommand(@TargetAggregateIdentifier StudyPlacementsId placementsId, String city,
                                           boolean pilotCity, String cohort, int stateFunded, int ownMeans,
                                           int fundingUnknown, LocalDate effectiveOn) {

    public static StudyPlacementsId idOf(String city, String cohort) {
        return new StudyPlacementsId(city + ":" + cohort);
    }
}

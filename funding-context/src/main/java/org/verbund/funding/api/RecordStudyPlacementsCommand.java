package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records how many students of the dual study programme a city's carriers employ in a cohort (a winter semester, see
 * {@link Cohort}), by funding: from state funds, from the carriers' own means, or not known.
 *
 * @param placementsId {@code <city>:<cohort>}, see {@link #idOf(String, Cohort)}
 * @param pilotCity    whether the city is one of the ESF pilot cities
 */
public record RecordStudyPlacementsCommand(@TargetAggregateIdentifier StudyPlacementsId placementsId, String city,
                                           boolean pilotCity, Cohort cohort, int stateFunded, int ownMeans,
                                           int fundingUnknown, LocalDate effectiveOn) {

    /** {@code Dortmund:2014/15}: the ids made when the cohort was free text, spelt as the report's tables spell it. */
    public static StudyPlacementsId idOf(String city, Cohort cohort) {
        return new StudyPlacementsId(city + ":" + cohort.label());
    }
}

package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/**
 * The study placements of a city in a cohort were recorded (the latest record of a city and cohort counts).
 * <p>
 * Revision 2 records the {@link Cohort} as a structured value; revision 1 recorded it as free text
 * ({@code "cohort": "2014/15"}). Stored revision-1 events are read as revision 2 by the funding context's upcaster,
 * which reads the text as a cohort where it can ({@link Cohort#parse(String)}) and otherwise keeps it, word for word,
 * in {@code unparsedCohort}. The stored events themselves are never changed.
 *
 * @param placementsId   {@code <city>:<cohort>} as it was recorded (for revision 1, with the cohort's text)
 * @param cohort         the cohort; null only for a revision-1 record whose text could not be read as one
 * @param unparsedCohort the text of such a revision-1 record, kept so that nothing it said is lost; null otherwise
 */
// placementsId became a typed id that is the same plain string in JSON: that alone changed no revision
@Revision("2")
public record StudyPlacementsRecordedEvent(StudyPlacementsId placementsId, String city, boolean pilotCity,
                                           Cohort cohort, String unparsedCohort, int stateFunded, int ownMeans,
                                           int fundingUnknown, LocalDate effectiveOn) implements EffectiveDated {

    /** A record of revision 2, whose cohort is always given. */
    public StudyPlacementsRecordedEvent(StudyPlacementsId placementsId, String city, boolean pilotCity, Cohort cohort,
                                        int stateFunded, int ownMeans, int fundingUnknown, LocalDate effectiveOn) {
        this(placementsId, city, pilotCity, cohort, null, stateFunded, ownMeans, fundingUnknown, effectiveOn);
    }

    public int total() {
        return stateFunded + ownMeans + fundingUnknown;
    }

    /** How the tables name its cohort: the cohort's label, or the unread text of a revision-1 record. */
    public String cohortLabel() {
        return cohort != null ? cohort.label() : unparsedCohort;
    }
}

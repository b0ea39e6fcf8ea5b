package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** The study placements of a city in a cohort were recorded (the latest record of a city and cohort counts). */
// placementsId became a typed id that is the same plain string in JSON: still revision 1
@Revision("1")
public record StudyPlacementsRecordedEvent(StudyPlacementsId placementsId, String city, boolean pilotCity, String cohort,
                                           int stateFunded, int ownMeans, int fundingUnknown, LocalDate effectiveOn)
        implements EffectiveDated {

    public int total() {
        return stateFunded + ownMeans + fundingUnknown;
    }
}

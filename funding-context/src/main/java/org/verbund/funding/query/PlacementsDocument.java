package org.verbund.funding.query;

import org.verbund.core.readmodel.SequencedDocument;
import org.verbund.funding.api.StudyPlacementsRecordedEvent;

/**
 * The study placements of one city in one cohort, in {@code study_placements} keyed {@code <city>:<cohort>}: the
 * latest record of them.
 */
final class PlacementsDocument extends SequencedDocument {

    public String city;
    public boolean pilotCity;
    /** The cohort's label ({@code 2014/15}), or the text of a revision-1 record that could not be read as a cohort. */
    public String cohort;
    public int stateFunded;
    public int ownMeans;
    public int fundingUnknown;

    /** For the mapper. */
    private PlacementsDocument() {
    }

    PlacementsDocument(StudyPlacementsRecordedEvent recorded) {
        city = recorded.city();
        pilotCity = recorded.pilotCity();
        cohort = recorded.cohortLabel();
        stateFunded = recorded.stateFunded();
        ownMeans = recorded.ownMeans();
        fundingUnknown = recorded.fundingUnknown();
    }

    int students() {
        return stateFunded + ownMeans + fundingUnknown;
    }
}

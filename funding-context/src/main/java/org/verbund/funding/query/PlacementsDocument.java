package org.verbund.funding.query;

/**
 * The study placements of one city in one cohort, in {@code study_placements} keyed {@code <city>:<cohort>}: the
 * latest record of them.
 */
final class PlacementsDocument extends SequencedDocument {

    public String city;
    public boolean pilotCity;
    public String cohort;
    public int stateFunded;
    public int ownMeans;
    public int fundingUnknown;

    int students() {
        return stateFunded + ownMeans + fundingUnknown;
    }
}

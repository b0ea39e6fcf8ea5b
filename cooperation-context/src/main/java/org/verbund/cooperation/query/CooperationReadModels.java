package org.verbund.cooperation.query;

/** What the cooperation projections share. */
final class CooperationReadModels {

    /**
     * The one processing group of the four cooperation read models. They are fed by the same events (a visit's events
     * change the visit, its partnership's timeline and the milestone feed; a partnership's events change who may read
     * its contacts), and one token keeps them at one position: a read that waits for a write's position sees it in all
     * of them at once, never a visit held on its own page but still planned on its partnership's timeline; and a
     * rebuild ({@code /api/admin/projections/cooperation-read-models/rebuild}) rebuilds them together.
     */
    static final String GROUP = "cooperation-read-models";

    private CooperationReadModels() {
    }
}

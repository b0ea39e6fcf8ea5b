package org.verbund.funding.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.funding.api.Cohort;
import org.verbund.funding.api.FindStudyPlacementsQuery;
import org.verbund.funding.api.RecordStudyPlacementsCommand;
import org.verbund.funding.api.StudyPlacements;
import org.verbund.funding.api.StudyPlacementsId;
import org.verbund.funding.api.StudyPlacementsRecordedEvent;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The placement tables on the embedded store. */
class StudyPlacementsProjectionTest {

    private static final LocalDate ON = LocalDate.of(2014, 10, 1);

    private ProjectionStore store;
    private StudyPlacementsProjection projection;

    @BeforeEach
    void setUp() throws Exception {
        store = new ProjectionStore();
        projection = new StudyPlacementsProjection(store.database, store.updates);
        record(0, "Dortmund", true, 2014, 23, 5);
        record(0, "Dortmund", true, 2015, 9, 3);
        record(0, "Wuppertal", true, 2014, 1, 0);
        record(0, "Bochum", false, 2015, 2, 2);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void sumsCitiesByCohortPilotCitiesFirst() {
        StudyPlacements placements = projection.handle(new FindStudyPlacementsQuery());

        assertThat(placements.cohorts()).containsExactly("2014/15", "2015/16");
        assertThat(placements.cities()).extracting(StudyPlacements.CityRow::city)
                                       .containsExactly("Dortmund", "Wuppertal", "Bochum");
        assertThat(placements.pilotCities()).isEqualTo(Map.of("2014/15", 29, "2015/16", 12));
        assertThat(placements.otherCities()).isEqualTo(Map.of("2014/15", 0, "2015/16", 4));
        assertThat(placements.total()).isEqualTo(Map.of("2014/15", 29, "2015/16", 16));
        assertThat(placements.cities().get(0).stateFunded()).isEqualTo(32);
    }

    @Test
    void theLatestRecordOfACityAndCohortCounts() throws Exception {
        record(1, "Dortmund", true, 2014, 22, 6);
        record(0, "Dortmund", true, 2014, 23, 5); // delivered again: seen before

        StudyPlacements.CityRow dortmund = projection.handle(new FindStudyPlacementsQuery()).cities().get(0);
        assertThat(dortmund.stateFunded()).isEqualTo(31);
        assertThat(dortmund.ownMeans()).isEqualTo(9);
    }

    @Test
    void aRevisionOneRecordWhoseCohortCouldNotBeReadCountsUnderItsText() throws Exception {
        StudyPlacementsId id = new StudyPlacementsId("Hamm:Sommer 2016");
        ProjectionStore.handle(projection, id.value(), 0, new StudyPlacementsRecordedEvent(
                id, "Hamm", true, null, "Sommer 2016", 0, 0, 2, ON));

        StudyPlacements placements = projection.handle(new FindStudyPlacementsQuery());
        assertThat(placements.cohorts()).containsExactly("2014/15", "2015/16", "Sommer 2016");
        assertThat(placements.pilotCities()).containsEntry("Sommer 2016", 2);
    }

    private void record(long sequence, String city, boolean pilotCity, int cohortStartYear, int state, int own)
            throws Exception {
        Cohort cohort = new Cohort(cohortStartYear);
        ProjectionStore.handle(projection, RecordStudyPlacementsCommand.idOf(city, cohort).value(), sequence,
                               new StudyPlacementsRecordedEvent(RecordStudyPlacementsCommand.idOf(city, cohort), city,
                                                                pilotCity, cohort, state, own, 0, ON));
    }
}

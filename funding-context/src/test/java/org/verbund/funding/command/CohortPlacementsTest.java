package org.verbund.funding.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.testing.Actors;
import org.verbund.funding.api.Cohort;
import org.verbund.funding.api.RecordStudyPlacementsCommand;
import org.verbund.funding.api.StudyPlacementsId;
import org.verbund.funding.api.StudyPlacementsRecordedEvent;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CohortPlacementsTest {

    private static final Cohort COHORT = new Cohort(2014);
    private static final StudyPlacementsId ID = RecordStudyPlacementsCommand.idOf("Dortmund", COHORT);
    private static final LocalDate ON = LocalDate.of(2014, 10, 1);
    private static final StudyPlacementsRecordedEvent RECORDED = new StudyPlacementsRecordedEvent(
            ID, "Dortmund", true, COHORT, 23, 5, 0, ON);

    private FixtureConfiguration<CohortPlacements> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CohortPlacements.class);
        fixture.registerCommandDispatchInterceptor(Actors.byDefault(Actors.coordinator()));
    }

    @Test
    void recordsACohort() {
        fixture.givenNoPriorActivity()
               .when(new RecordStudyPlacementsCommand(ID, "Dortmund", true, COHORT, 23, 5, 0, ON))
               .expectEvents(RECORDED);
    }

    @Test
    void theSameNumbersRecordedAgainRecordNothing() {
        fixture.given(RECORDED)
               .when(new RecordStudyPlacementsCommand(ID, "Dortmund", true, COHORT, 23, 5, 0, ON))
               .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void correctedNumbersAreRecorded() {
        fixture.given(RECORDED)
               .when(new RecordStudyPlacementsCommand(ID, "Dortmund", true, COHORT, 22, 6, 0, ON))
               .expectEvents(new StudyPlacementsRecordedEvent(ID, "Dortmund", true, COHORT, 22, 6, 0, ON));
    }

    @Test
    void refusesNegativeNumbers() {
        fixture.givenNoPriorActivity()
               .when(new RecordStudyPlacementsCommand(ID, "Dortmund", true, COHORT, -1, 0, 0, ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void refusesAnIdThatIsNotItsCityAndCohort() {
        fixture.givenNoPriorActivity()
               .when(new RecordStudyPlacementsCommand(ID, "Essen", true, COHORT, 1, 0, 0, ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void refusesARecordWithoutACohort() {
        fixture.givenNoPriorActivity()
               .when(new RecordStudyPlacementsCommand(ID, "Dortmund", true, null, 1, 0, 0, ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void itsIdNamesTheCohortAsTheReportsTablesDo() {
        assertThat(ID.value()).isEqualTo("Dortmund:2014/15");
    }
}

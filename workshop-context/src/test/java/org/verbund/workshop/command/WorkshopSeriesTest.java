package org.verbund.workshop.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.testing.Actors;
import org.verbund.workshop.api.PlanWorkshopSeriesCommand;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.Workshop;
import org.verbund.workshop.api.WorkshopFocus;
import org.verbund.workshop.api.WorkshopSeriesPlannedEvent;

import java.util.List;

import static org.verbund.workshop.command.MeetingFixture.GROUP;
import static org.verbund.workshop.command.MeetingFixture.ON;
import static org.verbund.workshop.command.MeetingFixture.SERIES;

class WorkshopSeriesTest {

    private FixtureConfiguration<WorkshopSeries> fixture;
    private final MeetingFixture.Directory directory = new MeetingFixture.Directory();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkshopSeries.class);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(MeetingFixture.registry());
        fixture.registerCommandDispatchInterceptor(Actors.byDefault(Actors.coordinator()));
    }

    @Test
    void withoutWorkshopsASeriesFollowsTheReportsThreeWorkshopTemplate() {
        fixture.givenNoPriorActivity()
               .when(new PlanWorkshopSeriesCommand(SERIES, GROUP, "Handlungsrahmen Flüchtlinge", null, ON))
               .expectEvents(new WorkshopSeriesPlannedEvent(SERIES, GROUP, "Handlungsrahmen Flüchtlinge",
                                                            List.of(new Workshop(1, WorkshopFocus.CHALLENGES,
                                                                                 "Identify the central challenges"),
                                                                    new Workshop(2, WorkshopFocus.STRATEGIES,
                                                                                 "Work out solution strategies"),
                                                                    new Workshop(3, WorkshopFocus.ACTORS,
                                                                                 "Identify actors and responsible "
                                                                                 + "levels")), ON));
    }

    @Test
    void aSeriesBelongsToAKnownGroup() {
        fixture.givenNoPriorActivity()
               .when(new PlanWorkshopSeriesCommand(SERIES, new WorkingGroupId("unknown"), "Titel", null, ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aSeriesNumbersItsWorkshopsOnce() {
        fixture.givenNoPriorActivity()
               .when(new PlanWorkshopSeriesCommand(SERIES, GROUP, "Titel", List.of(
                       new Workshop(1, WorkshopFocus.CHALLENGES, "a"), new Workshop(1, WorkshopFocus.OTHER, "b")), ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aSeriesHasATitle() {
        fixture.givenNoPriorActivity()
               .when(new PlanWorkshopSeriesCommand(SERIES, GROUP, " ", null, ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void aDissolvedGroupPlansNoSeries() {
        directory.groupActive = false;
        fixture.givenNoPriorActivity()
               .when(new PlanWorkshopSeriesCommand(SERIES, GROUP, "Titel", null, ON))
               .expectException(RuleViolation.class).expectNoEvents();
    }
}

package org.verbund.workshop.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.verbund.workshop.api.ActorAssignedEvent;
import org.verbund.workshop.api.FindSeriesMapQuery;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.ResponsibleLevel;
import org.verbund.workshop.api.SeriesMap;
import org.verbund.workshop.api.StrategyProposedEvent;
import org.verbund.workshop.api.Workshop;
import org.verbund.workshop.api.WorkshopSeriesPlannedEvent;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.workshop.query.ReadModelStore.apply;
import static org.verbund.workshop.query.WorkshopHistory.GROUP;
import static org.verbund.workshop.query.WorkshopHistory.MEETING;
import static org.verbund.workshop.query.WorkshopHistory.MEMBER;
import static org.verbund.workshop.query.WorkshopHistory.ON;
import static org.verbund.workshop.query.WorkshopHistory.OUTSIDER;
import static org.verbund.workshop.query.WorkshopHistory.SERIES;
import static org.verbund.workshop.query.WorkshopHistory.challenge;
import static org.verbund.workshop.query.WorkshopHistory.setUp;

/** The series map on the embedded store: the three workshops' results joined. */
class SeriesMapProjectionTest {

    private static final MeetingId SECOND = new MeetingId("workshop-2");
    private static final MeetingId THIRD = new MeetingId("workshop-3");

    private final ReadModelStore store = new ReadModelStore();
    private final WorkingGroupsProjection groups = new WorkingGroupsProjection(store.database);
    private final SeriesMapProjection projection = new SeriesMapProjection(store.database, groups);

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void joinsEachChallengeWithItsStrategiesAndTheirActorsOnce() {
        apply(groups, GROUP, 0, setUp(false));
        apply(projection, SERIES, 0, new WorkshopSeriesPlannedEvent(SERIES, GROUP, "Reihe", Workshop.template(), ON));
        apply(projection, MEETING, 2, challenge("c1"));
        apply(projection, MEETING, 3, challenge("c2"));
        apply(projection, SECOND, 2, new StrategyProposedEvent(SECOND, GROUP, SERIES, "s1", "Wohnraumagentur",
                                                               List.of("c1"), ON));
        apply(projection, THIRD, 2, new ActorAssignedEvent(THIRD, GROUP, SERIES, "a1", "s1", "Land NRW",
                                                           ResponsibleLevel.STATE, ON));
        apply(projection, MEETING, 2, challenge("c1")); // delivered again

        SeriesMap map = projection.handle(new FindSeriesMapQuery(SERIES, MEMBER));
        assertThat(map.challenges()).extracting(SeriesMap.ChallengeNode::id).containsExactly("c1", "c2");
        SeriesMap.StrategyNode strategy = map.challenges().get(0).strategies().get(0);
        assertThat(strategy.proposedAt()).isEqualTo(SECOND);
        assertThat(strategy.actors()).extracting(SeriesMap.ActorNode::level).containsExactly(ResponsibleLevel.STATE);
        assertThat(map.challenges().get(1).strategies()).isEmpty();
    }

    @Test
    void theMapOfAGroupThatDoesNotPublishIsHiddenFromOutsiders() {
        apply(groups, GROUP, 0, setUp(false));
        apply(projection, SERIES, 0, new WorkshopSeriesPlannedEvent(SERIES, GROUP, "Reihe", Workshop.template(), ON));

        assertThat(projection.handle(new FindSeriesMapQuery(SERIES, OUTSIDER))).isNull();
        assertThat(projection.handle(new FindSeriesMapQuery(SERIES, MEMBER)).workshops()).hasSize(3);
    }
}

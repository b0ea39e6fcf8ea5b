package org.verbund.workshop.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.workshop.api.ActionItemDoneEvent;
import org.verbund.workshop.api.ActionItemState;
import org.verbund.workshop.api.DecisionEntry;
import org.verbund.workshop.api.FindDecisionsQuery;
import org.verbund.workshop.api.MeetingView;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.workshop.query.ReadModelStore.apply;
import static org.verbund.workshop.query.WorkshopHistory.AWO;
import static org.verbund.workshop.query.WorkshopHistory.CARITAS;
import static org.verbund.workshop.query.WorkshopHistory.COORDINATOR;
import static org.verbund.workshop.query.WorkshopHistory.GROUP;
import static org.verbund.workshop.query.WorkshopHistory.MEETING;
import static org.verbund.workshop.query.WorkshopHistory.MEMBER;
import static org.verbund.workshop.query.WorkshopHistory.ON;
import static org.verbund.workshop.query.WorkshopHistory.OUTSIDER;
import static org.verbund.workshop.query.WorkshopHistory.assigned;
import static org.verbund.workshop.query.WorkshopHistory.decided;
import static org.verbund.workshop.query.WorkshopHistory.scheduled;

/** The decision register on the embedded store: decisions of a group that does not publish its results. */
class DecisionRegisterProjectionTest {

    private final ReadModelStore store = new ReadModelStore();
    private final WorkingGroupsProjection groups = new WorkingGroupsProjection(store.database);
    private final MeetingsProjection meetings = new MeetingsProjection(store.database, store.personalDataKeys(),
                                                                       groups, store.updates);
    private final DecisionRegisterProjection register = new DecisionRegisterProjection(store.database, groups,
                                                                                       meetings, store.updates);

    @BeforeEach
    void feedTheRegister() {
        apply(groups, GROUP, 0, WorkshopHistory.setUp(false));
        apply(meetings, MEETING, 0, scheduled());
        for (Object projection : List.of(meetings, register)) {
            apply(projection, MEETING, 1, decided());
            apply(projection, MEETING, 2, assigned("ai1", ON.plusMonths(1)));
            apply(projection, MEETING, 3, assigned("ai2", ON.plusMonths(2)));
        }
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void anEntryNamesItsGroupAndMeetingAndListsTheActionItemsThatFollow() {
        DecisionEntry entry = register.handle(all(MEMBER)).get(0);

        assertThat(entry.groupName()).isEqualTo(WorkshopHistory.setUp(false).name());
        assertThat(entry.meetingTitle()).isEqualTo(scheduled().title());
        assertThat(entry.published()).isFalse();
        assertThat(entry.actionItems()).extracting(MeetingView.ActionItem::id).containsExactly("ai1", "ai2");
    }

    @Test
    void aClosedActionItemShowsInItsDecisionOnceEvenIfDeliveredAgain() {
        ActionItemDoneEvent done = new ActionItemDoneEvent(MEETING, "ai1", CARITAS, ON.plusDays(5));
        apply(register, MEETING, 4, done);
        apply(register, MEETING, 4, done);
        apply(register, MEETING, 1, decided());

        List<DecisionEntry> entries = register.handle(all(MEMBER));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).actionItems()).extracting(MeetingView.ActionItem::state)
                                                .containsExactly(ActionItemState.DONE, ActionItemState.OPEN);
    }

    @Test
    void outsidersDoNotSeeTheDecisionsOfAGroupThatDoesNotPublish() {
        assertThat(register.handle(all(OUTSIDER))).isEmpty();
        assertThat(register.handle(all(COORDINATOR))).hasSize(1);
    }

    @Test
    void filtersByOrganisationAndDate() {
        assertThat(register.handle(new FindDecisionsQuery(null, CARITAS, ON, ON, MEMBER))).hasSize(1);
        assertThat(register.handle(new FindDecisionsQuery(null, AWO, null, null, MEMBER))).isEmpty();
        assertThat(register.handle(new FindDecisionsQuery(GROUP, null, ON.plusDays(1), null, MEMBER))).isEmpty();
    }

    private static FindDecisionsQuery all(org.verbund.core.kernel.Actor viewer) {
        return new FindDecisionsQuery(null, null, null, null, viewer);
    }
}

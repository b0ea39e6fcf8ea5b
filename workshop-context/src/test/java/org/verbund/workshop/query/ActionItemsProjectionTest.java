package org.verbund.workshop.query;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.verbund.workshop.api.ActionItemDoneEvent;
import org.verbund.workshop.api.ActionItemEntry;
import org.verbund.workshop.api.ActionItemState;
import org.verbund.workshop.api.FindActionItemsQuery;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.workshop.query.ReadModelStore.apply;
import static org.verbund.workshop.query.WorkshopHistory.AWO;
import static org.verbund.workshop.query.WorkshopHistory.CARITAS;
import static org.verbund.workshop.query.WorkshopHistory.MEETING;
import static org.verbund.workshop.query.WorkshopHistory.ON;
import static org.verbund.workshop.query.WorkshopHistory.assigned;

/** An owner's action items on the embedded store: overdue first, then open by due date, then closed. */
class ActionItemsProjectionTest {

    /** Two months after the workshop. */
    private static final Clock TODAY = Clock.fixed(ON.plusMonths(2).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                                                   ZoneId.systemDefault());

    private final ReadModelStore store = new ReadModelStore();
    private final ActionItemsProjection projection = new ActionItemsProjection(store.database, store.updates, TODAY);

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void listsOverdueItemsFirstThenOpenOnesThenClosedOnesEachOnce() {
        apply(projection, MEETING, 1, assigned("later", ON.plusMonths(6)));
        apply(projection, MEETING, 2, assigned("overdue", ON.plusMonths(1)));
        apply(projection, MEETING, 3, assigned("done", ON.plusMonths(1)));
        apply(projection, MEETING, 4, new ActionItemDoneEvent(MEETING, "done", CARITAS, ON.plusDays(3)));
        apply(projection, MEETING, 2, assigned("overdue", ON.plusMonths(1))); // delivered again

        List<ActionItemEntry> items = projection.handle(new FindActionItemsQuery(CARITAS));
        assertThat(items).extracting(ActionItemEntry::actionItemId).containsExactly("overdue", "later", "done");
        assertThat(items).extracting(ActionItemEntry::overdue).containsExactly(true, false, false);
        assertThat(items.get(2).state()).isEqualTo(ActionItemState.DONE);
        assertThat(items.get(2).closedOn()).isEqualTo(ON.plusDays(3));
    }

    @Test
    void readsTheListsTheEarlierProjectionStored() {
        store.database.getCollection("action_items").insertOne(Document.parse("""
                {"_id": "caritasverband", "items": [{"actionItemId": "ai1", "text": "Konzept", "groupId": "ak",
                 "meetingId": "workshop-1", "decisionId": null, "dueOn": "2017-07-01", "state": "OPEN",
                 "closedOn": null, "overdue": false}]}"""));

        List<ActionItemEntry> items = projection.handle(new FindActionItemsQuery(CARITAS));
        assertThat(items).extracting(ActionItemEntry::state).containsExactly(ActionItemState.OPEN);
        assertThat(items.get(0).overdue()).isTrue();
    }

    @Test
    void anOrganisationWithoutItemsHasAnEmptyList() {
        assertThat(projection.handle(new FindActionItemsQuery(AWO))).isEmpty();
    }
}

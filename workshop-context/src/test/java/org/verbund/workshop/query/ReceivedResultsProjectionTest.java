package org.verbund.workshop.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.verbund.workshop.api.FindReceivedResultsQuery;
import org.verbund.workshop.api.ReceiveResultsCommand;
import org.verbund.workshop.api.ReceivedResultsView;
import org.verbund.workshop.api.ResultsInboxId;
import org.verbund.workshop.api.ResultsReceivedEvent;
import org.verbund.workshop.api.TransferId;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.workshop.query.ReadModelStore.apply;
import static org.verbund.workshop.query.WorkshopHistory.AWO;
import static org.verbund.workshop.query.WorkshopHistory.BODY;
import static org.verbund.workshop.query.WorkshopHistory.DECISION;
import static org.verbund.workshop.query.WorkshopHistory.GROUP;
import static org.verbund.workshop.query.WorkshopHistory.ON;
import static org.verbund.workshop.query.WorkshopHistory.SERIES;
import static org.verbund.workshop.query.WorkshopHistory.setUp;

/** What a body received, on the embedded store. */
class ReceivedResultsProjectionTest {

    private static final ResultsInboxId INBOX = ReceiveResultsCommand.inboxOf(BODY);

    private final ReadModelStore store = new ReadModelStore();
    private final WorkingGroupsProjection groups = new WorkingGroupsProjection(store.database);
    private final ReceivedResultsProjection projection = new ReceivedResultsProjection(groups, store.database);

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void keepsEachTransferOnceWithTheNameOfTheGroupItCameFrom() {
        apply(groups, GROUP, 0, setUp(true));
        ResultsReceivedEvent received = new ResultsReceivedEvent(INBOX, BODY, new TransferId("transfer-1"), GROUP,
                                                                 SERIES, null, "Eckpunkte", List.of(DECISION), ON);
        apply(projection, INBOX, 0, received);
        apply(projection, INBOX, 0, received);

        ReceivedResultsView view = projection.handle(new FindReceivedResultsQuery(BODY));
        assertThat(view.received()).hasSize(1);
        assertThat(view.received().get(0).fromGroupName()).isEqualTo(setUp(true).name());
        assertThat(view.received().get(0).decisionIds()).containsExactly(DECISION);
    }

    @Test
    void aBodyThatReceivedNothingHasAnEmptyList() {
        ReceivedResultsView view = projection.handle(new FindReceivedResultsQuery(AWO));
        assertThat(view.body()).isEqualTo(AWO);
        assertThat(view.received()).isEmpty();
    }
}

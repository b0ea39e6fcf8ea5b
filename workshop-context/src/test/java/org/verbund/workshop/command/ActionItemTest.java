package org.verbund.workshop.command;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.workshop.api.ActionItemAssignedEvent;
import org.verbund.workshop.api.ActionItemDoneEvent;
import org.verbund.workshop.api.AssignActionItemCommand;
import org.verbund.workshop.api.CompleteActionItemCommand;
import org.verbund.workshop.api.DecisionId;
import org.verbund.workshop.api.DropActionItemCommand;

import static org.verbund.workshop.command.MeetingFixture.CARITAS;
import static org.verbund.workshop.command.MeetingFixture.GROUP;
import static org.verbund.workshop.command.MeetingFixture.MEETING;
import static org.verbund.workshop.command.MeetingFixture.ON;
import static org.verbund.workshop.command.MeetingFixture.decision;
import static org.verbund.workshop.command.MeetingFixture.held;
import static org.verbund.workshop.command.MeetingFixture.refused;

/** An action item of a meeting: an owner and a due date, optionally a decision it follows; closed once. */
class ActionItemTest {

    private static final DecisionId D1 = new DecisionId("d1");
    private static final ActionItemAssignedEvent ASSIGNED = new ActionItemAssignedEvent(
            MEETING, GROUP, "ai1", "Konzept schreiben", CARITAS, ON.plusMonths(1), D1, ON);

    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = MeetingFixture.meetings(new MeetingFixture.Directory());
    }

    @Test
    void anActionItemFollowingADecisionOfTheMeetingIsAssigned() {
        fixture.given(held(decision("d1")))
               .when(new AssignActionItemCommand(MEETING, "ai1", "Konzept schreiben", CARITAS, ON.plusMonths(1), D1,
                                                 ON))
               .expectEvents(ASSIGNED);
    }

    @Test
    void anActionItemNeedsAnOwner() {
        refused(fixture.given(held()).when(new AssignActionItemCommand(MEETING, "ai1", "Text", null, ON, null, ON)),
                "action-item.owner-and-due-date-required");
    }

    @Test
    void anActionItemNeedsADueDate() {
        refused(fixture.given(held()).when(new AssignActionItemCommand(MEETING, "ai1", "Text", CARITAS, null, null,
                                                                       ON)),
                "action-item.owner-and-due-date-required");
    }

    @Test
    void anActionItemFollowsOnlyADecisionOfTheMeeting() {
        refused(fixture.given(held()).when(new AssignActionItemCommand(MEETING, "ai1", "Text", CARITAS, ON,
                                                                       new DecisionId("d9"), ON)),
                "action-item.unknown-decision");
    }

    @Test
    void anOpenActionItemIsDone() {
        fixture.given(held(decision("d1"), ASSIGNED)).when(new CompleteActionItemCommand(MEETING, "ai1", ON))
               .expectEvents(new ActionItemDoneEvent(MEETING, "ai1", CARITAS, ON));
    }

    @Test
    void aDoneActionItemIsNotDroppedAfterwards() {
        refused(fixture.given(held(decision("d1"), ASSIGNED, new ActionItemDoneEvent(MEETING, "ai1", CARITAS, ON)))
                       .when(new DropActionItemCommand(MEETING, "ai1", ON)), "action-item.closed");
    }

    @Test
    void anUnknownActionItemIsNotDone() {
        refused(fixture.given(held()).when(new CompleteActionItemCommand(MEETING, "ai9", ON)), "action-item.unknown");
    }
}

package org.verbund.cooperation.command;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.verbund.cooperation.api.ChangeGoalCommand;
import org.verbund.cooperation.api.GoalProposedEvent;
import org.verbund.cooperation.api.GoalState;
import org.verbund.cooperation.api.GoalStateChangedEvent;
import org.verbund.cooperation.api.ProposeGoalCommand;

import static org.verbund.cooperation.command.CooperationFixture.ESTABLISHED;
import static org.verbund.cooperation.command.CooperationFixture.ON;
import static org.verbund.cooperation.command.CooperationFixture.PLOVDIV;
import static org.verbund.cooperation.command.CooperationFixture.fixtureOf;
import static org.verbund.cooperation.command.CooperationFixture.refused;

/** The goals of a partnership, member entities of it: proposed, agreed and achieved, or dropped. */
class PartnershipGoalTest {

    private final FixtureConfiguration<Partnership> fixture = fixtureOf(Partnership.class);
    private final GoalProposedEvent proposed = new GoalProposedEvent(PLOVDIV, "g1", "Fachkräfteaustausch", ON);

    @Test
    void aGoalIsProposed() {
        fixture.given(ESTABLISHED).when(new ProposeGoalCommand(PLOVDIV, "g1", "Fachkräfteaustausch", ON))
               .expectEvents(proposed);
    }

    @Test
    void aProposedGoalIsAgreed() {
        fixture.given(ESTABLISHED, proposed).when(new ChangeGoalCommand(PLOVDIV, "g1", GoalState.AGREED, ON))
               .expectEvents(new GoalStateChangedEvent(PLOVDIV, "g1", GoalState.AGREED, ON));
    }

    @Test
    void anAgreedGoalIsAchieved() {
        fixture.given(ESTABLISHED, proposed, new GoalStateChangedEvent(PLOVDIV, "g1", GoalState.AGREED, ON))
               .when(new ChangeGoalCommand(PLOVDIV, "g1", GoalState.ACHIEVED, ON))
               .expectEvents(new GoalStateChangedEvent(PLOVDIV, "g1", GoalState.ACHIEVED, ON));
    }

    @Test
    void aProposedGoalIsNotAchievedBeforeItIsAgreed() {
        refused(fixture.given(ESTABLISHED, proposed).when(new ChangeGoalCommand(PLOVDIV, "g1", GoalState.ACHIEVED,
                                                                                ON)), "goal.state-not-allowed");
    }

    @Test
    void aDroppedGoalChangesNoMore() {
        refused(fixture.given(ESTABLISHED, proposed, new GoalStateChangedEvent(PLOVDIV, "g1", GoalState.DROPPED, ON))
                       .when(new ChangeGoalCommand(PLOVDIV, "g1", GoalState.AGREED, ON)), "goal.state-not-allowed");
    }

    @Test
    void anUnknownGoalIsRefused() {
        refused(fixture.given(ESTABLISHED).when(new ChangeGoalCommand(PLOVDIV, "g9", GoalState.AGREED, ON)),
                "goal.unknown");
    }

    @Test
    void aGoalIdIsTakenOnce() {
        refused(fixture.given(ESTABLISHED, proposed).when(new ProposeGoalCommand(PLOVDIV, "g1", "noch mal", ON)),
                "goal.id-taken");
    }
}

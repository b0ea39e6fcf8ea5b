package org.verbund.cooperation.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.verbund.cooperation.api.GoalState;
import org.verbund.cooperation.api.GoalStateChangedEvent;
import org.verbund.cooperation.api.PartnershipId;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.verbund.cooperation.api.CooperationRule.GOAL_STATE_NOT_ALLOWED;
import static org.verbund.cooperation.api.GoalState.ACHIEVED;
import static org.verbund.cooperation.api.GoalState.AGREED;
import static org.verbund.cooperation.api.GoalState.DROPPED;
import static org.verbund.cooperation.api.GoalState.PROPOSED;

/**
 * A goal of a {@link Partnership}, a member entity of it: proposed, then agreed and achieved, or dropped on the way;
 * an achieved or dropped goal changes no more. Who may change it, and whether the partnership still allows it, is the
 * partnership's rule; where the goal may go from here is the goal's own.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class PartnershipGoal {

    private static final Map<GoalState, Set<GoalState>> MOVES = Map.of(
            PROPOSED, EnumSet.of(AGREED, DROPPED),
            AGREED, EnumSet.of(ACHIEVED, DROPPED),
            ACHIEVED, EnumSet.noneOf(GoalState.class),
            DROPPED, EnumSet.noneOf(GoalState.class));

    @EntityId
    private String goalId;
    private GoalState state;

    PartnershipGoal(String goalId) {
        this.goalId = goalId;
        this.state = PROPOSED;
    }

    /** For Jackson. */
    PartnershipGoal() {
    }

    void moveTo(GoalState next, PartnershipId partnershipId, LocalDate effectiveOn) {
        if (next == null || !MOVES.get(state).contains(next)) {
            throw GOAL_STATE_NOT_ALLOWED.violation("A goal that is " + state + " cannot become " + next);
        }
        apply(new GoalStateChangedEvent(partnershipId, goalId, next, effectiveOn));
    }

    @EventSourcingHandler
    void on(GoalStateChangedEvent event) {
        state = event.state();
    }

    /** By value, so that the test fixture can tell the state a command left from the state its events source. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PartnershipGoal goal && goal.goalId.equals(goalId) && goal.state == state;
    }

    @Override
    public int hashCode() {
        return Objects.hash(goalId, state);
    }
}

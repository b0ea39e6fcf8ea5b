package org.verbund.cooperation.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.cooperation.api.ChangeGoalCommand;
import org.verbund.cooperation.api.ChangePartnershipStatusCommand;
import org.verbund.cooperation.api.EstablishPartnershipCommand;
import org.verbund.cooperation.api.GoalProposedEvent;
import org.verbund.cooperation.api.GoalState;
import org.verbund.cooperation.api.GoalStateChangedEvent;
import org.verbund.cooperation.api.JoinPartnershipCommand;
import org.verbund.cooperation.api.PartnershipEstablishedEvent;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PartnershipJoinedEvent;
import org.verbund.cooperation.api.PartnershipStatus;
import org.verbund.cooperation.api.PartnershipStatusChangedEvent;
import org.verbund.cooperation.api.ProposeGoalCommand;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.network.api.OrganisationRegistry;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.verbund.cooperation.api.GoalState.ACHIEVED;
import static org.verbund.cooperation.api.GoalState.AGREED;
import static org.verbund.cooperation.api.GoalState.DROPPED;
import static org.verbund.cooperation.api.GoalState.PROPOSED;
import static org.verbund.cooperation.api.PartnershipStatus.ACTIVE;
import static org.verbund.cooperation.api.PartnershipStatus.ENDED;
import static org.verbund.cooperation.api.PartnershipStatus.EXPLORING;
import static org.verbund.cooperation.api.PartnershipStatus.SUSPENDED;

/**
 * A partnership with a city abroad: who takes part, its goals (proposed, agreed, achieved or dropped) and its status
 * (exploring, active, suspended, ended). An ended partnership changes no more. Coordinators establish partnerships; the
 * organisations taking part manage them ({@link CooperationDirectory.Partners}).
 */
@Aggregate(filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Partnership {

    private static final Map<PartnershipStatus, Set<PartnershipStatus>> STATUS_MOVES = Map.of(
            EXPLORING, EnumSet.of(ACTIVE, ENDED),
            ACTIVE, EnumSet.of(SUSPENDED, ENDED),
            SUSPENDED, EnumSet.of(ACTIVE, ENDED),
            ENDED, EnumSet.noneOf(PartnershipStatus.class));
    private static final Map<GoalState, Set<GoalState>> GOAL_MOVES = Map.of(
            PROPOSED, EnumSet.of(AGREED, DROPPED),
            AGREED, EnumSet.of(ACHIEVED, DROPPED),
            ACHIEVED, EnumSet.noneOf(GoalState.class),
            DROPPED, EnumSet.noneOf(GoalState.class));

    private static final String UNKNOWN_ORGANISATION = "partnership.unknown-organisation";

    @AggregateIdentifier
    private PartnershipId partnershipId;
    private PartnershipStatus status;
    private Set<OrganisationId> participants = new LinkedHashSet<>();
    private Map<String, GoalState> goals = new HashMap<>();

    protected Partnership() {
    }

    @CommandHandler
    public Partnership(EstablishPartnershipCommand command, Actor actor, OrganisationRegistry registry) {
        actor.requireCoordinator("partnership.coordinators-only", "Only a coordinator starts partnerships");
        if (blank(command.partnerCity()) || blank(command.country())) {
            throw RuleViolation.unprocessable("partnership.city-and-country-required",
                                              "A partnership names the partner city and its country");
        }
        if (command.participants() == null || command.participants().isEmpty()) {
            throw RuleViolation.unprocessable("partnership.participants-required",
                                              "At least one network organisation takes part");
        }
        registry.requireActive(command.participants(), UNKNOWN_ORGANISATION);
        apply(new PartnershipEstablishedEvent(command.partnershipId(), command.partnerCity().strip(),
                                              command.country().strip(), List.copyOf(new LinkedHashSet<>(
                                                      command.participants())), command.effectiveOn()));
    }

    @CommandHandler
    void handle(JoinPartnershipCommand command, Actor actor, OrganisationRegistry registry) {
        partners().requireManagedBy(actor);
        requireNotEnded();
        registry.requireActive(command.organisation(), UNKNOWN_ORGANISATION);
        if (!participants.contains(command.organisation())) {
            apply(new PartnershipJoinedEvent(partnershipId, command.organisation(), command.effectiveOn()));
        }
    }

    @CommandHandler
    void handle(ChangePartnershipStatusCommand command, Actor actor) {
        partners().requireManagedBy(actor);
        if (command.status() == null || !STATUS_MOVES.get(status).contains(command.status())) {
            throw RuleViolation.conflict("partnership.status-not-allowed",
                                         "A partnership that is " + status + " cannot become " + command.status());
        }
        apply(new PartnershipStatusChangedEvent(partnershipId, command.status(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(ProposeGoalCommand command, Actor actor) {
        partners().requireManagedBy(actor);
        requireNotEnded();
        if (blank(command.text())) {
            throw RuleViolation.unprocessable("goal.text-required", "A goal needs a text");
        }
        if (command.goalId() == null || goals.containsKey(command.goalId())) {
            throw RuleViolation.unprocessable("goal.id-taken", "A goal needs an id of its own");
        }
        apply(new GoalProposedEvent(partnershipId, command.goalId(), command.text().strip(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(ChangeGoalCommand command, Actor actor) {
        partners().requireManagedBy(actor);
        requireNotEnded();
        GoalState current = goals.get(command.goalId());
        if (current == null) {
            throw RuleViolation.unprocessable("goal.unknown", "There is no goal " + command.goalId());
        }
        if (command.state() == null || !GOAL_MOVES.get(current).contains(command.state())) {
            throw RuleViolation.conflict("goal.state-not-allowed",
                                         "A goal that is " + current + " cannot become " + command.state());
        }
        apply(new GoalStateChangedEvent(partnershipId, command.goalId(), command.state(), command.effectiveOn()));
    }

    /** Who takes part, for this partnership's own rules and for its visits, contacts and agreements. */
    CooperationDirectory.Partners partners() {
        return new CooperationDirectory.Partners(Set.copyOf(participants), status != ENDED);
    }

    private void requireNotEnded() {
        if (status == ENDED) {
            throw RuleViolation.conflict("partnership.ended", "The partnership has ended");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @EventSourcingHandler
    void on(PartnershipEstablishedEvent event) {
        partnershipId = event.partnershipId();
        status = EXPLORING;
        participants.addAll(event.participants());
    }

    @EventSourcingHandler
    void on(PartnershipJoinedEvent event) {
        participants.add(event.organisation());
    }

    @EventSourcingHandler
    void on(PartnershipStatusChangedEvent event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(GoalProposedEvent event) {
        goals.put(event.goalId(), PROPOSED);
    }

    @EventSourcingHandler
    void on(GoalStateChangedEvent event) {
        goals.put(event.goalId(), event.state());
    }
}

package org.verbund.cooperation.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.cooperation.api.ChangeGoalCommand;
import org.verbund.cooperation.api.ChangePartnershipStatusCommand;
import org.verbund.cooperation.api.EstablishPartnershipCommand;
import org.verbund.cooperation.api.GoalProposedEvent;
import org.verbund.cooperation.api.JoinPartnershipCommand;
import org.verbund.cooperation.api.PartnershipEstablishedEvent;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PartnershipJoinedEvent;
import org.verbund.cooperation.api.PartnershipStatus;
import org.verbund.cooperation.api.PartnershipStatusChangedEvent;
import org.verbund.cooperation.api.ProposeGoalCommand;
import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.OrganisationRegistry;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.verbund.cooperation.api.CooperationRule.GOAL_ID_TAKEN;
import static org.verbund.cooperation.api.CooperationRule.GOAL_TEXT_REQUIRED;
import static org.verbund.cooperation.api.CooperationRule.GOAL_UNKNOWN;
import static org.verbund.cooperation.api.CooperationRule.PARTNERSHIP_CITY_AND_COUNTRY_REQUIRED;
import static org.verbund.cooperation.api.CooperationRule.PARTNERSHIP_COORDINATORS_ONLY;
import static org.verbund.cooperation.api.CooperationRule.PARTNERSHIP_ENDED;
import static org.verbund.cooperation.api.CooperationRule.PARTNERSHIP_PARTICIPANTS_REQUIRED;
import static org.verbund.cooperation.api.CooperationRule.PARTNERSHIP_STATUS_NOT_ALLOWED;
import static org.verbund.cooperation.api.CooperationRule.PARTNERSHIP_UNKNOWN_ORGANISATION;
import static org.verbund.cooperation.api.PartnershipStatus.ACTIVE;
import static org.verbund.cooperation.api.PartnershipStatus.ENDED;
import static org.verbund.cooperation.api.PartnershipStatus.EXPLORING;
import static org.verbund.cooperation.api.PartnershipStatus.SUSPENDED;

/**
 * A partnership with a city abroad: who takes part, its goals ({@link PartnershipGoal}, member entities) and its
 * status (exploring, active, suspended, ended). An ended partnership changes no more. Coordinators establish
 * partnerships; the organisations taking part manage them ({@link CooperationDirectory.Partners}).
 */
@Aggregate(filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Partnership {

    private static final Map<PartnershipStatus, Set<PartnershipStatus>> STATUS_MOVES = Map.of(
            EXPLORING, EnumSet.of(ACTIVE, ENDED),
            ACTIVE, EnumSet.of(SUSPENDED, ENDED),
            SUSPENDED, EnumSet.of(ACTIVE, ENDED),
            ENDED, EnumSet.noneOf(PartnershipStatus.class));

    @AggregateIdentifier
    private PartnershipId partnershipId;
    private PartnershipStatus status;
    private Set<OrganisationId> participants = new LinkedHashSet<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, PartnershipGoal> goals = new HashMap<>();

    protected Partnership() {
    }

    @CommandHandler
    Partnership(EstablishPartnershipCommand command, Actor actor, OrganisationRegistry registry) {
        actor.requireCoordinator(PARTNERSHIP_COORDINATORS_ONLY.code(), "Only a coordinator starts partnerships");
        if (blank(command.partnerCity()) || blank(command.country())) {
            throw PARTNERSHIP_CITY_AND_COUNTRY_REQUIRED.violation(
                    "A partnership names the partner city and its country");
        }
        if (command.participants() == null || command.participants().isEmpty()) {
            throw PARTNERSHIP_PARTICIPANTS_REQUIRED.violation("At least one network organisation takes part");
        }
        registry.requireActive(command.participants(), PARTNERSHIP_UNKNOWN_ORGANISATION.code());
        apply(new PartnershipEstablishedEvent(command.partnershipId(), command.partnerCity().strip(),
                                              command.country().strip(), List.copyOf(new LinkedHashSet<>(
                                                      command.participants())), command.effectiveOn()));
    }

    @CommandHandler
    void handle(JoinPartnershipCommand command, Actor actor, OrganisationRegistry registry) {
        partners().requireManagedBy(actor);
        requireNotEnded();
        registry.requireActive(command.organisation(), PARTNERSHIP_UNKNOWN_ORGANISATION.code());
        if (!participants.contains(command.organisation())) {
            apply(new PartnershipJoinedEvent(partnershipId, command.organisation(), command.effectiveOn()));
        }
    }

    @CommandHandler
    void handle(ChangePartnershipStatusCommand command, Actor actor) {
        partners().requireManagedBy(actor);
        if (command.status() == null || !STATUS_MOVES.get(status).contains(command.status())) {
            throw PARTNERSHIP_STATUS_NOT_ALLOWED.violation(
                    "A partnership that is " + status + " cannot become " + command.status());
        }
        apply(new PartnershipStatusChangedEvent(partnershipId, command.status(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(ProposeGoalCommand command, Actor actor) {
        partners().requireManagedBy(actor);
        requireNotEnded();
        if (blank(command.text())) {
            throw GOAL_TEXT_REQUIRED.violation("A goal needs a text");
        }
        if (command.goalId() == null || goals.containsKey(command.goalId())) {
            throw GOAL_ID_TAKEN.violation("A goal needs an id of its own");
        }
        apply(new GoalProposedEvent(partnershipId, command.goalId(), command.text().strip(), command.effectiveOn()));
    }

    /** Handled here, not by the goal: an unknown goal is refused with a rule code, not Axon's missing entity. */
    @CommandHandler
    void handle(ChangeGoalCommand command, Actor actor) {
        partners().requireManagedBy(actor);
        requireNotEnded();
        PartnershipGoal goal = goals.get(command.goalId());
        if (goal == null) {
            throw GOAL_UNKNOWN.violation("There is no goal " + command.goalId());
        }
        goal.moveTo(command.state(), partnershipId, command.effectiveOn());
    }

    /** Who takes part, for this partnership's own rules and for its visits, contacts and agreements. */
    CooperationDirectory.Partners partners() {
        return new CooperationDirectory.Partners(Set.copyOf(participants), status != ENDED);
    }

    private void requireNotEnded() {
        if (status == ENDED) {
            throw PARTNERSHIP_ENDED.violation("The partnership has ended");
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
        goals.put(event.goalId(), new PartnershipGoal(event.goalId()));
    }
}

package org.verbund.workshop.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.verbund.core.network.api.OrganisationRegistry;
import org.verbund.workshop.api.ActionItemAssignedEvent;
import org.verbund.workshop.api.ActorAssignedEvent;
import org.verbund.workshop.api.AssignActorCommand;
import org.verbund.workshop.api.ChallengeIdentifiedEvent;
import org.verbund.workshop.api.DecisionId;
import org.verbund.workshop.api.DecisionRecordedEvent;
import org.verbund.workshop.api.Dissent;
import org.verbund.workshop.api.IdentifyChallengeCommand;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.ProposeStrategyCommand;
import org.verbund.workshop.api.RecordDecisionCommand;
import org.verbund.workshop.api.StrategyProposedEvent;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.verbund.workshop.api.WorkshopRule.ACTOR_ACTOR_REQUIRED;
import static org.verbund.workshop.api.WorkshopRule.ACTOR_LEVEL_REQUIRED;
import static org.verbund.workshop.api.WorkshopRule.ACTOR_UNKNOWN_STRATEGY;
import static org.verbund.workshop.api.WorkshopRule.DECISION_DECIDED_BY_REQUIRED;
import static org.verbund.workshop.api.WorkshopRule.DECISION_DISSENT_OR_UNANIMOUS;
import static org.verbund.workshop.api.WorkshopRule.DECISION_TEXT_REQUIRED;
import static org.verbund.workshop.api.WorkshopRule.DECISION_UNKNOWN_ORGANISATION;
import static org.verbund.workshop.api.WorkshopRule.OUTCOME_ID_TAKEN;
import static org.verbund.workshop.api.WorkshopRule.OUTCOME_TEXT_REQUIRED;
import static org.verbund.workshop.api.WorkshopRule.STRATEGY_CHALLENGE_REQUIRED;
import static org.verbund.workshop.api.WorkshopRule.STRATEGY_UNKNOWN_CHALLENGE;

/**
 * What a meeting brought out, part of its {@link Meeting}: challenges, strategies addressing known challenges,
 * actors with a responsible level for known strategies, decisions. Every outcome (action items too) has an id of its
 * own within the meeting. What counts as known includes what earlier meetings of its series recorded.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class MeetingOutcomes {

    private MeetingId meetingId;
    private WorkingGroupId groupId;
    private WorkshopSeriesId seriesId;
    private Set<String> ids = new HashSet<>();
    private Set<String> challenges = new HashSet<>();
    private Set<String> strategies = new HashSet<>();
    private Set<DecisionId> decisions = new HashSet<>();

    MeetingOutcomes(MeetingId meetingId, WorkingGroupId groupId, WorkshopSeriesId seriesId) {
        this.meetingId = meetingId;
        this.groupId = groupId;
        this.seriesId = seriesId;
    }

    private MeetingOutcomes() {
        // for snapshots
    }

    void identify(IdentifyChallengeCommand command) {
        Required.text(command.text(), OUTCOME_TEXT_REQUIRED, "A challenge needs a text");
        requireNewId(command.challengeId());
        apply(new ChallengeIdentifiedEvent(meetingId, groupId, seriesId, command.challengeId(), command.text().strip(),
                                           command.effectiveOn()));
    }

    void propose(ProposeStrategyCommand command, Optional<WorkshopDirectory.Series> series) {
        Required.text(command.text(), OUTCOME_TEXT_REQUIRED, "A strategy needs a text");
        requireNewId(command.strategyId());
        if (command.addressesChallenges() == null || command.addressesChallenges().isEmpty()) {
            throw STRATEGY_CHALLENGE_REQUIRED.violation("A strategy addresses at least one challenge");
        }
        Set<String> known = new HashSet<>(challenges);
        series.ifPresent(earlier -> known.addAll(earlier.challenges()));
        for (String challenge : command.addressesChallenges()) {
            if (!known.contains(challenge)) {
                throw STRATEGY_UNKNOWN_CHALLENGE.violation("No challenge " + challenge
                                                           + " in this meeting or its series");
            }
        }
        apply(new StrategyProposedEvent(meetingId, groupId, seriesId, command.strategyId(), command.text().strip(),
                                        List.copyOf(new LinkedHashSet<>(command.addressesChallenges())),
                                        command.effectiveOn()));
    }

    void assign(AssignActorCommand command, Optional<WorkshopDirectory.Series> series) {
        Required.text(command.actor(), ACTOR_ACTOR_REQUIRED, "Name the actor (an institution)");
        requireNewId(command.assignmentId());
        if (command.level() == null) {
            throw ACTOR_LEVEL_REQUIRED.violation("An actor has a responsible level: CITY, STATE, FEDERAL, EU or OTHER");
        }
        Set<String> known = new HashSet<>(strategies);
        series.ifPresent(earlier -> known.addAll(earlier.strategies()));
        if (!known.contains(command.strategyId())) {
            throw ACTOR_UNKNOWN_STRATEGY.violation("No strategy " + command.strategyId()
                                                   + " in this meeting or its series");
        }
        apply(new ActorAssignedEvent(meetingId, groupId, seriesId, command.assignmentId(), command.strategyId(),
                                     command.actor().strip(), command.level(), command.effectiveOn()));
    }

    void record(RecordDecisionCommand command, OrganisationRegistry registry) {
        Required.text(command.text(), DECISION_TEXT_REQUIRED, "A decision needs a text");
        requireNewId(command.decisionId() == null ? null : command.decisionId().value());
        if (command.decidedBy() == null || command.decidedBy().isEmpty()) {
            throw DECISION_DECIDED_BY_REQUIRED.violation("Say who decided");
        }
        List<Dissent> dissent = command.dissent() == null ? List.of() : command.dissent();
        if (command.unanimous() != dissent.isEmpty()) {
            throw DECISION_DISSENT_OR_UNANIMOUS.violation("A decision is unanimous, or the dissent is recorded");
        }
        registry.requireActive(command.decidedBy(), DECISION_UNKNOWN_ORGANISATION.code());
        registry.requireActive(dissent.stream().map(Dissent::organisation).toList(),
                               DECISION_UNKNOWN_ORGANISATION.code());
        apply(new DecisionRecordedEvent(meetingId, groupId, command.decisionId(), command.text().strip(),
                                        List.copyOf(command.decidedBy()), command.unanimous(), List.copyOf(dissent),
                                        command.effectiveOn()));
    }

    /** Refuses an outcome id that is missing or already taken in this meeting. */
    void requireNewId(String id) {
        Required.newId(id, ids.contains(id), OUTCOME_ID_TAKEN, "An outcome needs an id of its own");
    }

    boolean hasDecision(DecisionId decisionId) {
        return decisions.contains(decisionId);
    }

    Set<String> challenges() {
        return Set.copyOf(challenges);
    }

    Set<String> strategies() {
        return Set.copyOf(strategies);
    }

    @EventSourcingHandler
    void on(ChallengeIdentifiedEvent event) {
        ids.add(event.challengeId());
        challenges.add(event.challengeId());
    }

    @EventSourcingHandler
    void on(StrategyProposedEvent event) {
        ids.add(event.strategyId());
        strategies.add(event.strategyId());
    }

    @EventSourcingHandler
    void on(ActorAssignedEvent event) {
        ids.add(event.assignmentId());
    }

    @EventSourcingHandler
    void on(DecisionRecordedEvent event) {
        ids.add(event.decisionId().value());
        decisions.add(event.decisionId());
    }

    @EventSourcingHandler
    void on(ActionItemAssignedEvent event) {
        ids.add(event.actionItemId());
    }
}

package org.verbund.funding.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.core.kernel.Actor;
import org.verbund.funding.api.FundingRule;
import org.verbund.funding.api.RecordStudyPlacementsCommand;
import org.verbund.funding.api.StudyPlacementsId;
import org.verbund.funding.api.StudyPlacementsRecordedEvent;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The study placements of one city in one cohort, recorded by coordinators; recording the same numbers again records
 * nothing.
 */
@Aggregate(filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class CohortPlacements {

    @AggregateIdentifier
    private StudyPlacementsId placementsId;
    private int stateFunded = -1;
    private int ownMeans = -1;
    private int fundingUnknown = -1;

    protected CohortPlacements() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordStudyPlacementsCommand command, Actor actor) {
        actor.requireCoordinator(FundingRule.PLACEMENTS_COORDINATORS_ONLY.code(),
                                 "Only coordinators record study placements");
        if (command.stateFunded() < 0 || command.ownMeans() < 0 || command.fundingUnknown() < 0) {
            throw FundingRule.PLACEMENTS_NEGATIVE.violation("Numbers of students are not negative");
        }
        if (command.cohort() == null || !command.placementsId().equals(
                RecordStudyPlacementsCommand.idOf(command.city(), command.cohort()))) {
            throw FundingRule.PLACEMENTS_ID_MISMATCH.violation("The id must be <city>:<cohort>, with a cohort");
        }
        if (command.stateFunded() == stateFunded && command.ownMeans() == ownMeans
                && command.fundingUnknown() == fundingUnknown) {
            return; // nothing new
        }
        apply(new StudyPlacementsRecordedEvent(command.placementsId(), command.city(), command.pilotCity(),
                                               command.cohort(), command.stateFunded(), command.ownMeans(),
                                               command.fundingUnknown(), command.effectiveOn()));
    }

    @EventSourcingHandler
    void on(StudyPlacementsRecordedEvent event) {
        placementsId = event.placementsId();
        stateFunded = event.stateFunded();
        ownMeans = event.ownMeans();
        fundingUnknown = event.fundingUnknown();
    }
}

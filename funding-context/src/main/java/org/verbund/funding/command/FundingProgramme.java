package org.verbund.funding.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.core.kernel.Actor;
import org.verbund.funding.api.FundingCall;
import org.verbund.funding.api.FundingCallOpenedEvent;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.FundingProgrammeRegisteredEvent;
import org.verbund.funding.api.FundingRule;
import org.verbund.funding.api.OpenFundingCallCommand;
import org.verbund.funding.api.RegisterFundingProgrammeCommand;

import java.time.LocalDate;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A funding programme of a funder (the EU, the Bund, the Land ...) and its latest call; kept by coordinators. */
@Aggregate(filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class FundingProgramme {

    @AggregateIdentifier
    private FundingProgrammeId programmeId;
    private FundingCall latestCall;

    protected FundingProgramme() {
    }

    @CommandHandler
    FundingProgramme(RegisterFundingProgrammeCommand command, Actor actor) {
        requireCoordinator(actor);
        if (command.name() == null || command.name().isBlank() || command.funderLevel() == null) {
            throw FundingRule.PROGRAMME_NAME_AND_LEVEL_REQUIRED.violation(
                    "A programme needs a name and a funder level");
        }
        if (command.call() != null) {
            requireDeadline(command.call());
        }
        apply(new FundingProgrammeRegisteredEvent(command.programmeId(), command.name().strip(),
                                                  command.funderLevel(), command.agency(), command.effectiveOn()));
        if (command.call() != null) {
            apply(new FundingCallOpenedEvent(command.programmeId(), command.call(), command.callEffectiveOn() == null
                    ? command.effectiveOn() : command.callEffectiveOn()));
        }
    }

    @CommandHandler
    void handle(OpenFundingCallCommand command, Actor actor) {
        requireCoordinator(actor);
        requireDeadline(command.call());
        apply(new FundingCallOpenedEvent(programmeId, command.call(), command.effectiveOn()));
    }

    /** The latest call, if its submission deadline has not passed on {@code on}. */
    Optional<FundingCall> callOpenOn(LocalDate on) {
        return Optional.ofNullable(latestCall).filter(call -> !call.submissionDeadline().isBefore(on));
    }

    private static void requireDeadline(FundingCall call) {
        if (call == null || call.submissionDeadline() == null) {
            throw FundingRule.PROGRAMME_CALL_DEADLINE_REQUIRED.violation("A call needs a submission deadline");
        }
    }

    private static void requireCoordinator(Actor actor) {
        actor.requireCoordinator(FundingRule.PROGRAMME_COORDINATORS_ONLY.code(),
                                 "Only coordinators register programmes and open calls");
    }

    @EventSourcingHandler
    void on(FundingProgrammeRegisteredEvent event) {
        programmeId = event.programmeId();
    }

    @EventSourcingHandler
    void on(FundingCallOpenedEvent event) {
        latestCall = event.call();
    }
}

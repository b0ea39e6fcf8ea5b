package org.verbund.funding.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.FundingCallOpenedEvent;
import org.verbund.funding.api.FundingProgrammeRegisteredEvent;
import org.verbund.funding.api.OpenFundingCallCommand;
import org.verbund.funding.api.RegisterFundingProgrammeCommand;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A funding programme of a funder (the EU, the Bund, the Land ...). */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class FundingProgramme {

    @AggregateIdentifier
    private FundingProgrammeId programmeId;

    protected FundingProgramme() {
    }

    @CommandHandler
    public FundingProgramme(RegisterFundingProgrammeCommand command) {
        if (command.name() == null || command.name().isBlank() || command.funderLevel() == null) {
            throw RuleViolation.unprocessable("funding-programme.name-and-level-required",
                                              "A programme needs a name and a funder level");
        }
        apply(new FundingProgrammeRegisteredEvent(command.programmeId(), command.name().strip(),
                                                  command.funderLevel(), command.agency(), command.effectiveOn()));
    }

    @CommandHandler
    void handle(OpenFundingCallCommand command) {
        if (command.call() == null || command.call().submissionDeadline() == null) {
            throw RuleViolation.unprocessable("funding-programme.call-deadline-required",
                                              "A call needs a submission deadline");
        }
        apply(new FundingCallOpenedEvent(programmeId, command.call(), command.effectiveOn()));
    }

    @EventSourcingHandler
    void on(FundingProgrammeRegisteredEvent event) {
        programmeId = event.programmeId();
    }
}

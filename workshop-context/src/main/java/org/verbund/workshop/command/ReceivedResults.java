package org.verbund.workshop.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.verbund.core.kernel.Actor;
import org.verbund.workshop.api.ReceiveResultsCommand;
import org.verbund.workshop.api.ResultsInboxId;
import org.verbund.workshop.api.ResultsReceivedEvent;
import org.verbund.workshop.api.TransferId;
import org.verbund.workshop.api.WorkshopRule;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * What a coordination body received from working groups: the receiving side of a result transfer, so that the
 * transfer is an event in the body's history too. One per body; each transfer is recorded once. Only Verbund itself
 * records here, following the group's transfer.
 */
@Aggregate(filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class ReceivedResults {

    @AggregateIdentifier
    private ResultsInboxId inboxId;
    private Set<TransferId> transfers = new HashSet<>();

    ReceivedResults() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReceiveResultsCommand command, Actor actor) {
        actor.requireSystem(WorkshopRule.RESULTS_DELIVERED_BY_VERBUND.code());
        if (!transfers.contains(command.transferId())) {
            apply(new ResultsReceivedEvent(command.inboxId(), command.body(), command.transferId(),
                                           command.fromGroup(), command.seriesId(), command.meetingId(),
                                           command.summary(), command.decisionIds(), command.effectiveOn()));
        }
    }

    @EventSourcingHandler
    void on(ResultsReceivedEvent event) {
        inboxId = event.inboxId();
        transfers.add(event.transferId());
    }
}

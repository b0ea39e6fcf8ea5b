package org.verbund.workshop.command;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import org.verbund.core.eventstore.Caller;
import org.verbund.workshop.api.ReceiveResultsCommand;
import org.verbund.workshop.api.ResultsTransferredEvent;

/**
 * Delivers a group's result transfer to the receiving body's history. A unit of work changes one aggregate, so the
 * receiving side follows as a command of its own, sent by Verbund itself ({@code system:result-transfers}) on behalf
 * of the organisation that transferred, with its reason and in its correlation; receiving a transfer twice records
 * nothing, and a replay sends nothing.
 */
@Component
@ProcessingGroup("workshop-result-transfers")
class ResultTransfers {

    private final CommandGateway commands;

    ResultTransfers(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(ResultsTransferredEvent event, MetaData metaData) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ReceiveResultsCommand(
                ReceiveResultsCommand.inboxOf(event.receivingBody()), event.receivingBody(), event.transferId(),
                event.groupId(), event.seriesId(), event.meetingId(), event.summary(), event.decisionIds(),
                event.effectiveOn())).andMetaData(Caller.followingUp("result-transfers", metaData).metaData()));
    }
}

package org.verbund.funding.command;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import org.verbund.funding.api.FundingApplicationExtendsEvent;
import org.verbund.funding.api.LinkExtensionCommand;

/**
 * Records on a predecessor that an extension continues it. A unit of work changes one aggregate, so the link on the
 * predecessor follows the extension's draft as a command of its own, sent on behalf of whoever drafted the extension
 * (the event's metadata). Linking twice records nothing, so a redelivered event is harmless; a replay sends nothing.
 */
@Component
@ProcessingGroup("funding-extension-links")
class ExtensionLinks {

    private final CommandGateway commands;

    ExtensionLinks(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(FundingApplicationExtendsEvent event, MetaData metaData) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                new LinkExtensionCommand(event.predecessorId(), event.applicationId(), event.effectiveOn()))
                .andMetaData(metaData));
    }
}

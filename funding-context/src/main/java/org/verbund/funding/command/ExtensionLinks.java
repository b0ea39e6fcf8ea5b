package org.verbund.funding.command;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import org.verbund.core.eventstore.Caller;
import org.verbund.funding.api.FundingApplicationExtendsEvent;
import org.verbund.funding.api.LinkExtensionCommand;

/**
 * Records on a predecessor that an extension continues it. A unit of work changes one aggregate, so the link on the
 * predecessor follows the extension's draft as a command of its own. It is sent by Verbund itself
 * ({@code system:extension-links}, the only actor the predecessor accepts it from), on behalf of the organisation that
 * drafted the extension and with its reason; the correlation id ties it to that draft. Linking twice records nothing,
 * so a redelivered event is harmless; a replay sends nothing.
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
        Caller linker = Caller.followingUp("extension-links", metaData);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                new LinkExtensionCommand(event.predecessorId(), event.applicationId(), event.effectiveOn()))
                .andMetaData(linker.metaData()));
    }
}

package org.verbund.demo;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.Role;

/**
 * How the demo data is sent: through the same command bus as every request, by the coordination office of the social
 * department (a coordinator), with the report as the reason. The aggregates decide as for anyone else, and each
 * command sees every earlier one, so the loader never waits for a read model.
 */
final class DemoCommands {

    private static final Caller OFFICE = new Caller("demo-loader", "sozialdezernat", Role.COORDINATOR,
                                                    "demo data: status report 2017", null, null);

    private final CommandGateway commands;

    DemoCommands(CommandGateway commands) {
        this.commands = commands;
    }

    void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(OFFICE.metaData()));
    }

    /** @return whether it was created now (false: it existed already, from an earlier load) */
    boolean createOnce(Object creation) {
        try {
            send(creation);
            return true;
        } catch (AggregateStreamCreationException alreadyThere) {
            return false;
        }
    }
}

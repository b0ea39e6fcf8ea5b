package org.verbund.demo;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.Role;

/**
 * How the demo data is sent, the one way every loader of this package uses: through the same command bus as every
 * request, by the coordination office of the social department (a coordinator), with the report as the reason. The
 * aggregates decide as for anyone else, and each command is sent and waited for before the next, so each sees every
 * earlier one and the loader never waits for a read model.
 */
final class DemoCommands {

    private static final Caller OFFICE = new Caller("demo-loader", "sozialdezernat", Role.COORDINATOR,
                                                    "demo data: status report 2017", null, null);

    private final CommandGateway commands;

    DemoCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /** Sends one command as the office and waits until it is recorded (a refusal is thrown). */
    void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(OFFICE.metaData()));
    }

    /**
     * Sends the command that creates an aggregate and, only if it created it now, what follows it: an aggregate that
     * exists already was loaded before, with all that follows, so loading again records nothing.
     *
     * @return whether it was created now
     */
    boolean createThen(Object creation, Runnable following) {
        try {
            send(creation);
        } catch (AggregateStreamCreationException loadedBefore) {
            return false;
        }
        following.run();
        return true;
    }

    /** Sends the command that creates an aggregate, unless it exists already from an earlier load. */
    void createOnce(Object creation) {
        createThen(creation, () -> { });
    }
}

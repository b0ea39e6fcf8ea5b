package org.verbund.core.testing;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.eventstore.EventMetadata;
import org.verbund.core.kernel.Role;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Actors for fixture tests: the metadata a command carries when someone sends it, and a dispatch interceptor that
 * gives every command without an actor a default one (so that tests of domain rules need not say who acts).
 */
public final class Actors {

    private Actors() {
    }

    /** Someone of {@code organisation} acting in {@code role}. */
    public static MetaData as(Role role, String organisation) {
        return new Caller("person-of-" + organisation, organisation, role, null, null, null).metaData();
    }

    public static MetaData coordinator() {
        return as(Role.COORDINATOR, "dez5");
    }

    public static MetaData partner(String organisation) {
        return as(Role.PARTNER, organisation);
    }

    /** A part of Verbund itself, such as the handler that follows one event with a command. */
    public static MetaData system(String part) {
        return Caller.system(part, null, null).metaData();
    }

    /** Gives each command that names no actor {@code actor}. */
    public static MessageDispatchInterceptor<CommandMessage<?>> byDefault(MetaData actor) {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                    List<? extends CommandMessage<?>> messages) {
                return (index, command) -> command.getMetaData().containsKey(EventMetadata.ACTOR_ID)
                        ? command : command.andMetaData(actor);
            }
        };
    }
}

package org.verbund.core.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The one place where the caller's identity enters a message: every command dispatched through the command gateway
 * gets the current {@link Caller}'s metadata (the system when no caller acts on the thread). Axon's correlation data
 * providers then copy it, with correlation and causation ids, to every event the command causes. Metadata a command
 * already carries (for example one dispatched by a saga with its cause's metadata) is left as it is.
 */
public class CallerMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {


    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(metadataFor(command));
    }

    private static Map<String, Object> metadataFor(CommandMessage<?> command) {
        MetaData existing = command.getMetaData();
        if (existing.containsKey(EventMetadata.ACTOR_ID)) {
            return Map.of();
        }
        Caller caller = Caller.current().orElseGet(() -> Caller.system(null));
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(EventMetadata.ACTOR_ID, caller.actorId());
        metadata.put(EventMetadata.ROLE, caller.role());
        putIfPresent(metadata, EventMetadata.ORGANISATION_ID, caller.organisationId());
        putIfPresent(metadata, EventMetadata.REASON, caller.reason());
        putIfPresent(metadata, EventMetadata.IDEMPOTENCY_KEY, caller.idempotencyKey());
        if (!existing.containsKey(EventMetadata.CORRELATION_ID)) {
            metadata.put(EventMetadata.CORRELATION_ID,
                         caller.correlationId() != null ? caller.correlationId() : command.getIdentifier());
        }
        return metadata;
    }

    private static void putIfPresent(Map<String, Object> metadata, String key, String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, value);
        }
    }
}

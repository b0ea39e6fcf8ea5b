package org.verbund.gateway.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.verbund.core.eventstore.Caller;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

/** How a controller sends a command: as the caller, once per Idempotency-Key, answering 204 or 201 with the id. */
@Component
public class CommandWrites {

    private final CommandGateway commands;
    private final IdempotentWrites idempotent;

    public CommandWrites(CommandGateway commands, IdempotentWrites idempotent) {
        this.commands = commands;
        this.idempotent = idempotent;
    }

    /** Sends a command that changes something: 204. */
    public ResponseEntity<Void> send(Caller caller, String key, String request, Object command) {
        return idempotent.once(caller.organisationId(), key, request, () -> caller.run(() -> {
            commands.sendAndWait(command);
            return ResponseEntity.noContent().build();
        }));
    }

    /** Sends a command that creates {@code id}: 201 with its location {@code path + id}. */
    public ResponseEntity<Map<String, String>> create(Caller caller, String key, String request, String path,
                                                      String id, Object command) {
        return idempotent.once(caller.organisationId(), key, request, () -> caller.run(() -> {
            commands.sendAndWait(command);
            return ResponseEntity.created(URI.create(path + id)).body(Map.of("id", id));
        }));
    }

    /** Coordinators (and admins) act on everything of every organisation. */
    public static boolean isCoordinator(Caller caller) {
        return "COORDINATOR".equals(caller.role()) || "ADMIN".equals(caller.role());
    }

    /** A business date not given takes effect today. */
    public static LocalDate orToday(LocalDate effectiveOn) {
        return effectiveOn == null ? LocalDate.now() : effectiveOn;
    }
}

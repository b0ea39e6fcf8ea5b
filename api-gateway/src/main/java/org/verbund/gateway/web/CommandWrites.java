package org.verbund.gateway.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.verbund.core.eventstore.WriteReceipt;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way a controller sends a command: as the caller (its metadata on the message), once per
 * {@code Idempotency-Key}, with the {@code If-Match} version. The answer tells the client what it needs to act on
 * next: {@code ETag} (the aggregate's version after the write) and {@code Verbund-Position} (the global position of
 * its last event), and for a creation the new id in {@code Location} and the body. The position is remembered for
 * the caller, so its next reads on this gateway show the write ({@link ReadYourWrites}).
 */
@Component
public class CommandWrites {

    /** The response header with a write's global position, and the request header a read may send it back in. */
    public static final String POSITION = "Verbund-Position";
    private static final CommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    private final CommandGateway commands;
    private final IdempotentWrites idempotent;
    private final ReadYourWrites readYourWrites;

    public CommandWrites(CommandGateway commands, IdempotentWrites idempotent, ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.readYourWrites = readYourWrites;
    }

    /** What a creation answers: the new id, and the version and position it was recorded at. */
    public record Created(String id, Long version, Long position) {
    }

    /**
     * Sends a command that changes something: 204.
     *
     * @param request what the client asked (its body, or null), to recognise a repeated Idempotency-Key
     */
    public ResponseEntity<Void> send(Write write, Object request, Object command) {
        return remembered(write, idempotent.once(write.caller().actorId(), write.idempotencyKey(),
                                                 fingerprint(write, request),
                                                 new IdempotentWrites.Target(targetOf(command), null), () -> {
                    Optional<WriteReceipt.Commit> commit = dispatch(write, command);
                    return withReceipt(ResponseEntity.status(HttpStatus.NO_CONTENT), commit).build();
                }));
    }

    /**
     * Sends a command that creates something under a new id: 201 with its {@code Location} ({@code path + id}). The
     * id is made before the request runs and kept with its Idempotency-Key, so a repeat answers with the first id.
     */
    public ResponseEntity<Created> create(Write write, Object request, String path, Supplier<String> newId,
                                          Function<String, Object> command) {
        // the id is made before the key is stored, so that a key its gateway left running names where to look
        String id = newId.get();
        return remembered(write, idempotent.once(write.caller().actorId(), write.idempotencyKey(),
                                                 fingerprint(write, request),
                                                 new IdempotentWrites.Target(id, path + id), () -> {
                    Optional<WriteReceipt.Commit> commit = dispatch(write, command.apply(id));
                    return withReceipt(ResponseEntity.created(URI.create(path + id)), commit).body(new Created(
                            id, commit.map(WriteReceipt.Commit::version).orElse(null),
                            commit.map(WriteReceipt.Commit::position).orElse(null)));
                }));
    }

    /** A business date not given takes effect today. */
    public static LocalDate orToday(LocalDate effectiveOn) {
        return effectiveOn == null ? LocalDate.now() : effectiveOn;
    }

    private Optional<WriteReceipt.Commit> dispatch(Write write, Object command) {
        WriteReceipt receipt = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                                         .andMetaData(write.metaData()));
        return receipt.commit();
    }

    private static ResponseEntity.BodyBuilder withReceipt(ResponseEntity.BodyBuilder answer,
                                                          Optional<WriteReceipt.Commit> commit) {
        commit.ifPresent(recorded -> answer.eTag(String.valueOf(recorded.version()))
                                           .header(POSITION, String.valueOf(recorded.position())));
        return answer;
    }

    private <T> ResponseEntity<T> remembered(Write write, ResponseEntity<T> answer) {
        String position = answer.getHeaders().getFirst(POSITION);
        if (position != null) {
            readYourWrites.wrote(write.caller(), Long.parseLong(position));
        }
        return answer;
    }

    /** The aggregate a command goes to, as Axon routes it; null if it names none. */
    private static String targetOf(Object command) {
        try {
            return TARGETS.resolveTarget(GenericCommandMessage.asCommandMessage(command)).getIdentifier();
        } catch (IllegalArgumentException none) {
            return null;
        }
    }

    /** A repeat is the same request when it has the same path and body. */
    private static String fingerprint(Write write, Object request) {
        return write.path() + " " + request;
    }
}

package org.verbund.gateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.verbund.core.eventstore.KeyedWrites;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes a write with an {@code Idempotency-Key} header happen once: the first request's successful answer is kept
 * (per caller and key, in {@code idempotency_keys}, for {@code verbund.idempotency.retention}, 24 h by default) and a
 * repeat gets that answer again, with nothing recorded anew (with its {@code Location}, {@code ETag} and
 * {@code Verbund-Position}). A failed write keeps nothing, so it can be retried with the same key; one that failed
 * because the store could not be reached keeps its key, running, since the store may have taken the write before the
 * connection broke, or may still be taking it: a retry gets 409 until the lease runs out, and then finds the write's
 * events (and answers as the write did) or runs it. The same key with
 * a different request is refused (422); a repeat while the first is still running gets 409. An expired key counts as
 * absent. A key left running by a gateway that died between the command and its answer is resolved once its lease
 * ({@code verbund.idempotency.lease}, 30 s) has run out: if the command's events exist (their metadata carries the
 * key), the answer is rebuilt from them and kept; if not, the repeat takes the key over and runs.
 */
@Component
public class IdempotentWrites {

    private final IdempotencyKeys keys;
    private final KeyedWrites recorded;
    private final ObjectMapper json;

    public IdempotentWrites(IdempotencyKeys keys, MongoDatabase verbundDatabase, Serializer serializer,
                            ObjectMapper json) {
        this.keys = keys;
        this.recorded = new KeyedWrites(verbundDatabase, serializer);
        this.json = json;
    }

    /**
     * Where a write's events go: its aggregate, and for a creation the new object's {@code Location} (null: the
     * write answers 204). A write whose aggregate is not known (null) is never rebuilt from events, only retried.
     */
    public record Target(String aggregateId, String location) {
    }

    /**
     * @param actorId whose key it is (the token's caller): a key is the caller's own, so nobody else, not even another
     *                client of the same organisation, gets its answer without the aggregate deciding for them
     * @param key     the header's value, or null to just run {@code write}
     * @param request what was asked (path and body), to recognise a key reused for something else
     */
    public <T> ResponseEntity<T> once(String actorId, String key, String request, Target target,
                                      Supplier<ResponseEntity<T>> write) {
        if (key == null || key.isBlank()) {
            return write.get();
        }
        String id = actorId + '\u0000' + key;
        request = fingerprint(request); // requests may hold personal data: only their digest is kept
        Document ours = keys.running(id, request, target.aggregateId(), target.location());
        if (keys.insert(ours)) {
            return run(ours, write);
        }
        Document first = keys.find(id);
        if (first == null) {
            throw GatewayRule.IDEMPOTENCY_KEY_IN_PROGRESS.violation("A request with this Idempotency-Key has just failed; send it again");
        }
        if (keys.expired(first)) {
            return takeOver(first, ours, write);
        }
        if (!request.equals(first.getString("request"))) {
            throw GatewayRule.IDEMPOTENCY_KEY_REUSED.violation("This Idempotency-Key was used for a different request");
        }
        if ("DONE".equals(first.getString("state"))) {
            return replay(first);
        }
        if (keys.leased(first)) {
            throw GatewayRule.IDEMPOTENCY_KEY_IN_PROGRESS.violation("A request with this Idempotency-Key is still being processed");
        }
        Optional<KeyedWrites.Recorded> events = first.getString("aggregateId") == null ? Optional.empty()
                : recorded.lastRecordedBy(first.getString("aggregateId"), actorId, key);
        if (events.isEmpty()) {
            return takeOver(first, ours, write); // the dead request recorded nothing: this one may
        }
        Document answer = rebuilt(first, events.get());
        keys.doneIfStill(first, answer);
        return replay(answer);
    }

    private <T> ResponseEntity<T> takeOver(Document seen, Document ours, Supplier<ResponseEntity<T>> write) {
        if (!keys.takeOver(seen, ours)) {
            throw GatewayRule.IDEMPOTENCY_KEY_IN_PROGRESS.violation("A request with this Idempotency-Key is still being processed");
        }
        return run(ours, write);
    }

    private <T> ResponseEntity<T> run(Document ours, Supplier<ResponseEntity<T>> write) {
        try {
            ResponseEntity<T> response = write.get();
            keys.done(ours.getString("_id"), new Document("status", response.getStatusCode().value())
                    .append("location", response.getHeaders().getLocation() == null
                            ? null : response.getHeaders().getLocation().toString())
                    .append("eTag", response.getHeaders().getETag())
                    .append("position", response.getHeaders().getFirst(CommandWrites.POSITION))
                    .append("body", response.hasBody() ? json.writeValueAsString(response.getBody()) : null));
            return response;
        } catch (RuntimeException | JsonProcessingException e) {
            if (!StoreOutage.causedBy(e)) {
                keys.forget(ours);
            } // else the store may have taken the write before the connection broke: the key stays, leased
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }

    /** The answer the dead request would have given, as {@link CommandWrites} gives it, from its last event. */
    private Document rebuilt(Document first, KeyedWrites.Recorded last) {
        String location = first.getString("location");
        Document answer = new Document("status", location == null ? 204 : 201).append("location", location)
                .append("eTag", "\"" + last.version() + "\"").append("position", String.valueOf(last.position()));
        if (location != null) {
            try {
                answer.append("body", json.writeValueAsString(new CommandWrites.Created(
                        first.getString("aggregateId"), last.version(), last.position())));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A Created record is always written", e);
            }
        }
        return answer;
    }

    private static String fingerprint(String request) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @SuppressWarnings("unchecked") // the body is the first answer's JSON as it was sent
    private static <T> ResponseEntity<T> replay(Document first) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.valueOf(first.getInteger("status")))
                                                          .header("Idempotent-Replayed", "true");
        if (first.getString("location") != null) {
            answer.location(URI.create(first.getString("location")));
        }
        if (first.getString("eTag") != null) {
            answer.eTag(first.getString("eTag"));
        }
        if (first.getString("position") != null) {
            answer.header(CommandWrites.POSITION, first.getString("position"));
        }
        String body = first.getString("body");
        return (ResponseEntity<T>) (body == null ? answer.build()
                : answer.contentType(MediaType.APPLICATION_JSON).body(body));
    }
}

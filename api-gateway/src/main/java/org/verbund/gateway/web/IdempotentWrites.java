package org.verbund.gateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.verbund.core.kernel.RuleViolation;

import java.net.URI;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Makes a write with an {@code Idempotency-Key} header happen once: the first request's successful answer is kept
 * (per caller and key, in {@code idempotency_keys}) and a repeat gets that answer again, with nothing recorded
 * anew (with its {@code Location}, {@code ETag} and {@code Verbund-Position}). A failed write keeps nothing, so it can
 * be retried with the same key. The same key with a different request is refused (422); a repeat while the first is
 * still running gets 409.
 */
@Component
public class IdempotentWrites {

    private final MongoCollection<Document> keys;
    private final ObjectMapper json;

    public IdempotentWrites(MongoDatabase verbundDatabase, ObjectMapper json) {
        this.keys = verbundDatabase.getCollection("idempotency_keys");
        this.json = json;
    }

    /**
     * @param actorId whose key it is (the token's caller): a key is the caller's own, so nobody else, not even another
     *                client of the same organisation, gets its answer without the aggregate deciding for them
     * @param key     the header's value, or null to just run {@code write}
     * @param request what was asked (path and body), to recognise a key reused for something else
     */
    public <T> ResponseEntity<T> once(String actorId, String key, String request, Supplier<ResponseEntity<T>> write) {
        if (key == null || key.isBlank()) {
            return write.get();
        }
        String id = actorId + '\u0000' + key;
        request = fingerprint(request); // requests may hold personal data: only their digest is kept
        try {
            keys.insertOne(new Document("_id", id).append("request", request).append("state", "RUNNING")
                                                  .append("createdAt", Instant.now().toString()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return replay(keys.find(Filters.eq("_id", id)).first(), request);
        }
        try {
            ResponseEntity<T> response = write.get();
            keys.updateOne(Filters.eq("_id", id), Updates.combine(
                    Updates.set("state", "DONE"),
                    Updates.set("status", response.getStatusCode().value()),
                    Updates.set("location", response.getHeaders().getLocation() == null
                            ? null : response.getHeaders().getLocation().toString()),
                    Updates.set("eTag", response.getHeaders().getETag()),
                    Updates.set("position", response.getHeaders().getFirst(CommandWrites.POSITION)),
                    Updates.set("body", response.hasBody() ? json.writeValueAsString(response.getBody()) : null)));
            return response;
        } catch (RuntimeException | JsonProcessingException e) {
            keys.deleteOne(Filters.eq("_id", id));
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String fingerprint(String request) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private <T> ResponseEntity<T> replay(Document first, String request) {
        if (first == null) {
            throw GatewayRule.IDEMPOTENCY_KEY_IN_PROGRESS.violation("A request with this Idempotency-Key has just failed; send it again");
        }
        if (!request.equals(first.getString("request"))) {
            throw GatewayRule.IDEMPOTENCY_KEY_REUSED.violation("This Idempotency-Key was used for a different request");
        }
        if (!"DONE".equals(first.getString("state"))) {
            throw GatewayRule.IDEMPOTENCY_KEY_IN_PROGRESS.violation("A request with this Idempotency-Key is still being processed");
        }
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

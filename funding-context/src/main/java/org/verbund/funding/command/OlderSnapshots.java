package org.verbund.funding.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.verbund.funding.api.AmendmentId;
import org.verbund.funding.api.AmendmentValues;

import java.util.Map;

/**
 * The fields of {@link FundingApplication} snapshots taken before its amendments and deadlines were members
 * ({@code amendmentOpen}, {@code proposedAmendments}, {@code openDeadlines}, {@code metDeadlines}), read into the
 * members. A snapshot is not upcast like an event; read without these fields, an older one would forget what the
 * members' rules need (which amendment is open, which deadline was met).
 */
final class OlderSnapshots {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private OlderSnapshots() {
    }

    static void read(String field, JsonNode value, Map<AmendmentId, Amendment> amendments,
                     FundingDeadlines deadlines) {
        switch (field) {
            case "amendmentOpen" -> value.fields().forEachRemaining(entry -> amendments.computeIfAbsent(
                    new AmendmentId(entry.getKey()), Amendment::new).open = entry.getValue().asBoolean());
            case "proposedAmendments" -> value.fields().forEachRemaining(entry -> amendments.computeIfAbsent(
                    new AmendmentId(entry.getKey()), Amendment::new).proposed = read(entry.getValue(),
                                                                                     AmendmentValues.class));
            case "openDeadlines" -> value.fields().forEachRemaining(entry -> deadlines.open.put(
                    entry.getKey(), read(entry.getValue(), FundingDeadlines.OpenDeadline.class)));
            case "metDeadlines" -> value.forEach(key -> deadlines.met.add(key.asText()));
            default -> {
                // no version of the aggregate had it: ignored, as the snapshot serializer ignores unknown fields
            }
        }
    }

    private static <T> T read(JsonNode value, Class<T> type) {
        try {
            return JSON.treeToValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An older snapshot's " + type.getSimpleName() + " is unreadable", e);
        }
    }
}

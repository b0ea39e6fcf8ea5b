package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.verbund.core.kernel.IdSyntax;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The write endpoints as the OpenAPI document describes them: for each, a request built from its schemas (path
 * segments and body fields, ids taken from the test's world by name), and where its ids are (every path segment and
 * body field whose schema is the id pattern), so that tests can send each write with one id spoiled.
 */
final class OpenApiWrites {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One write: {@code POST path}, with {@code body} (null if it takes none), and where its ids are. */
    record Write(String template, Map<String, String> pathValues, ObjectNode body, List<String> pathIds,
                 List<String> bodyIds) {

        String path() {
            return pathWith(Map.of());
        }

        String pathWith(Map<String, String> replaced) {
            String path = template;
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", replaced.getOrDefault(value.getKey(), value.getValue()));
            }
            return path;
        }

        String bodyText() {
            return body == null ? null : body.toString();
        }

        /** The body with the id field at {@code pointer} (a JSON pointer) set to {@code value}. */
        String bodyWith(String pointer, String value) {
            ObjectNode copy = body.deepCopy();
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            JsonNode container = parent.isEmpty() ? copy : copy.at(parent);
            if (container instanceof ArrayNode array) {
                array.set(Integer.parseInt(field), NODES.textNode(value));
            } else {
                ((ObjectNode) container).put(field, value);
            }
            return copy.toString();
        }

        /** The field name a refusal names for the id at {@code pointer} ({@code /dissent/0/organisationId}: it). */
        static String fieldOf(String pointer) {
            String[] parts = pointer.substring(1).split("/");
            for (int part = parts.length - 1; part >= 0; part--) {
                if (!parts[part].matches("\\d+")) {
                    return parts[part];
                }
            }
            return pointer;
        }
    }

    private final JsonNode api;
    /** A value for a path segment or field: (path template, name) to a value that names something that exists. */
    private final BiFunction<String, String, String> known;

    OpenApiWrites(String apiDocs, BiFunction<String, String, String> known) throws Exception {
        this.api = JSON.readTree(apiDocs);
        this.known = known;
    }

    List<Write> all() {
        List<Write> writes = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> {
            JsonNode post = path.getValue().path("post");
            if (!post.isMissingNode()) {
                writes.add(write(path.getKey(), post));
            }
        });
        return writes;
    }

    private Write write(String template, JsonNode operation) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> pathIds = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!parameter.path("in").asText().equals("path")) {
                continue;
            }
            String name = parameter.path("name").asText();
            JsonNode schema = parameter.path("schema");
            if (isId(schema)) {
                pathIds.add(name);
                values.put(name, known.apply(template, name));
            } else {
                values.put(name, schema.path("enum").path(0).asText(known.apply(template, name)));
            }
        }
        JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json").path("schema");
        ObjectNode body = null;
        List<String> bodyIds = new ArrayList<>();
        if (!bodySchema.isMissingNode()) {
            body = (ObjectNode) value(template, "", bodySchema, "", bodyIds);
        }
        return new Write(template, values, body, pathIds, bodyIds);
    }

    /** A value for {@code schema}; ids found on the way are added to {@code ids} as JSON pointers. */
    private JsonNode value(String template, String name, JsonNode schema, String pointer, List<String> ids) {
        JsonNode resolved = resolve(schema);
        if (isId(resolved)) {
            ids.add(pointer);
            return NODES.textNode(known.apply(template, name));
        }
        String type = resolved.path("type").asText("object");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    object.set(property.getKey(), value(template, property.getKey(), property.getValue(),
                                                        pointer + "/" + property.getKey(), ids));
                }
                if (object.has("from") && object.has("to")) {
                    object.put("to", "2018-12-31"); // a period ends after it starts
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(value(template, name, resolved.path("items"), pointer + "/0", ids));
                return array;
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            case "integer" -> {
                return NODES.numberNode(1);
            }
            case "number" -> {
                return NODES.numberNode(50);
            }
            default -> {
                if (resolved.has("enum")) {
                    return NODES.textNode(resolved.path("enum").path(0).asText());
                }
                return NODES.textNode(switch (resolved.path("format").asText()) {
                    case "date" -> "2018-01-02";
                    case "date-time" -> resolved.path("example").asText("2018-01-02T10:00:00");
                    case "decimal" -> resolved.path("example").asText("1.00");
                    default -> resolved.path("example").asText("Beispiel");
                });
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        String reference = schema.path("$ref").asText(null);
        if (reference == null) {
            return schema;
        }
        return api.at(reference.substring(1));
    }

    private static boolean isId(JsonNode schema) {
        return IdSyntax.PATTERN.equals(schema.path("pattern").asText(null));
    }
}

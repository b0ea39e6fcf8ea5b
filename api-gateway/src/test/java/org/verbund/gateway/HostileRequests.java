package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Requests an attacker or a careless client would send, generated from the OpenAPI document: every GET and POST
 * endpoint with a valid request spoiled in one way (a path value, a body field, a header, the query, the body's
 * bytes) by a hostile value: Mongo operator keys and values, NUL, right-to-left marks, 4-byte characters, unpaired
 * surrogates, 100 kB strings, malformed UTF-8 and JSON, impossible dates and numbers. Seeded: a run can be repeated.
 */
final class HostileRequests {

    record Request(String method, String path, Map<String, String> headers, byte[] body, String caller,
                   String mutation) {
        String describe() {
            String text = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return method + " " + path.substring(0, Math.min(path.length(), 160)) + " as " + caller + " ["
                   + mutation + "] " + headers.keySet() + " " + text;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stand-ins for unpaired surrogates, written into the JSON as the escapes {@code \ud800} and {@code \udfff}. */
    private static final String LONE_HIGH = "LONE-SURROGATE-HIGH";
    private static final String LONE_LOW = "LONE-SURROGATE-LOW";
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> STRINGS = List.of(
            "\u0000", "a\u0000b", "\u202Eevil\u202C", "\u200F\u200E", "\uD835\uDD18\uD83D\uDE00", LONE_HIGH, LONE_LOW,
            "x".repeat(100_000), "", " ", "\t\n", "' OR 1=1 --", "${jndi:ldap://x/a}", "<script>alert(1)</script>",
            "../../etc/passwd", "%00", "NaN", "-1", "99999999999999999999999", "1e400", "0.001", "-0.00", "1,5",
            "2018-02-30", "2018-13-01", "0000-01-01", "+999999999-12-31", "\\", "\"", "{}", "$where", "$gt", "a.b",
            "$", "null", "\u00e4\u00f6\u00fc\u00df", "\uFEFF", "\u0085", "\r\n\r\nX-Injected: 1");
    private static final List<String> KEYS = List.of("$set", "$where", "a.b", "$gt", "__proto__", "", "\u0000",
                                                     "constructor", "_id", "x".repeat(10_000));
    private static final List<String> RAW_SEGMENTS = List.of("%00", "%2e%2e", "%ED%A0%80", "%C0%AF", "%FF",
                                                             "x".repeat(10_000), "%24where", "%7B%22%24gt%22%3A1%7D",
                                                             "%E2%80%AE", "%F0%9F%98%80", "..", "a%2fb");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/json; charset=ISO-8859-1",
            "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
            "application/json; charset=UTF-16", "application/json;;", "*/*");
    private static final List<byte[]> RAW_BODIES = List.of(
            bytes(""), bytes("{"), bytes("{\"a\":"), bytes("[]"), bytes("\"text\""), bytes("123"), bytes("null"),
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'},
            new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{', 0, '}'}, bytes("{\"a\":1,\"a\":2}"), bytes("{\"a\":NaN}"),
            bytes("{/* comment */}"), bytes("{\"a\":1e400}"), bytes("[".repeat(5_000) + "]".repeat(5_000)),
            bytes("{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}"), bytes("\uFEFF{}"));
    private static final List<String> CALLERS = List.of("COORDINATOR", "COORDINATOR", "PARTNER lead",
                                                        "PARTNER other", "VIEWER", "ADMIN", "anonymous");

    private final Random random;
    private final TestWorld world;
    private final List<String> gets = new ArrayList<>();
    private final List<OpenApiWrites.Write> writes;

    HostileRequests(long seed, String apiDocs, TestWorld world) throws Exception {
        this.random = new Random(seed);
        this.world = world;
        JSON.readTree(apiDocs).path("paths").fields().forEachRemaining(path -> {
            if (path.getValue().has("get")) {
                gets.add(path.getKey());
            }
        });
        this.writes = new OpenApiWrites(apiDocs, world::known).all();
    }

    int endpoints() {
        return gets.size() + writes.size();
    }

    Request next() {
        String caller = pick(CALLERS);
        boolean write = random.nextInt(endpoints()) >= gets.size();
        return write ? write(pick(writes), caller) : read(pick(gets), caller);
    }

    private Request read(String template, String caller) {
        Map<String, String> headers = new LinkedHashMap<>();
        String path = world.path(template);
        switch (random.nextInt(4)) {
            case 0 -> path = spoiledPath(template, path);
            case 1 -> path += (path.contains("?") ? "&" : "?") + pick(List.of("limit", "cursor", "organisation",
                    "group", "from", "to", "status", "$where", "a.b", "")) + "=" + encoded(pick(STRINGS));
            case 2 -> headers.put(pick(List.of("Verbund-Position", "Accept", "If-Match", "Idempotency-Key")),
                                  headerValue());
            default -> headers.put("Accept", pick(List.of("application/xml", "text/event-stream", "*/*",
                                                          "application/json; q=0", "garbage")));
        }
        return new Request("GET", path, headers, null, caller, "read");
    }

    private Request write(OpenApiWrites.Write write, String caller) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        String path = write.path();
        ObjectNode body = write.body() == null ? NODES.objectNode() : write.body().deepCopy();
        byte[] raw = null;
        String mutation;
        switch (random.nextInt(7)) {
            case 0 -> {
                mutation = "field";
                setRandomLeaf(body, hostileNode());
            }
            case 1 -> {
                mutation = "key";
                body.set(pick(KEYS), hostileNode());
            }
            case 2 -> {
                mutation = "missing field";
                List<String> fields = new ArrayList<>();
                body.fieldNames().forEachRemaining(fields::add);
                if (!fields.isEmpty()) {
                    body.remove(pick(fields));
                }
            }
            case 3 -> {
                mutation = "raw body";
                raw = pick(RAW_BODIES);
            }
            case 4 -> {
                mutation = "path";
                path = spoiledPath(write.template(), path);
            }
            case 5 -> {
                mutation = "content type";
                headers.put("Content-Type", pick(CONTENT_TYPES));
            }
            default -> {
                mutation = "header";
                headers.put(pick(List.of("Idempotency-Key", "If-Match", "Verbund-Position")), headerValue());
            }
        }
        byte[] sent = raw != null ? raw : body.toString().replace(LONE_HIGH, "\\ud800").replace(LONE_LOW, "\\udfff")
                                                  .getBytes(StandardCharsets.UTF_8);
        return new Request("POST", path, headers, sent, caller, mutation);
    }

    /** The path with one of its variable segments replaced by a hostile one (or the whole path, if it has none). */
    private String spoiledPath(String template, String path) {
        List<String> variables = new ArrayList<>();
        for (String segment : template.split("/")) {
            if (segment.startsWith("{")) {
                variables.add(segment);
            }
        }
        String hostile = random.nextBoolean() ? pick(RAW_SEGMENTS) : encoded(pick(STRINGS));
        if (variables.isEmpty()) {
            return path + "/" + hostile;
        }
        String[] templateParts = template.split("/");
        String[] pathParts = path.split("\\?")[0].split("/");
        String chosen = pick(variables);
        for (int part = 0; part < templateParts.length && part < pathParts.length; part++) {
            if (templateParts[part].equals(chosen)) {
                pathParts[part] = hostile;
            }
        }
        return String.join("/", pathParts);
    }

    private String headerValue() {
        return pick(List.of("x".repeat(300), "\"-1\"", "\"99999999999999999999\"", "*", "W/\"1\"", "-1", "abc",
                            "9223372036854775808", "1e10", "\"1", "", " ", "\u00e4", "0x10", "$where"));
    }

    private JsonNode hostileNode() {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.textNode(pick(STRINGS));
            case 1 -> operator(pick(List.of("$gt", "$ne", "$where", "$regex", "$in", "$set", "$expr")));
            case 2 -> NODES.arrayNode().add(operator("$gt"));
            case 3 -> pick(List.of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(-1),
                                   NODES.numberNode(1.5), NODES.numberNode(1e308), NODES.arrayNode(),
                                   NODES.objectNode()));
            case 4 -> NODES.numberNode(Long.MAX_VALUE);
            default -> NODES.textNode(pick(STRINGS).repeat(1 + random.nextInt(3)));
        };
    }

    private static ObjectNode operator(String name) {
        ObjectNode operator = NODES.objectNode();
        operator.put(name, name.equals("$where") ? "sleep(100) || true" : "");
        return operator;
    }

    /** Replaces a random value anywhere in the body (descending into objects and arrays). */
    private void setRandomLeaf(JsonNode node, JsonNode value) {
        if (node instanceof ObjectNode object && object.size() > 0) {
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            String field = pick(fields);
            JsonNode child = object.get(field);
            if (child.isContainerNode() && child.size() > 0 && random.nextBoolean()) {
                setRandomLeaf(child, value);
            } else {
                object.set(field, value);
            }
        } else if (node instanceof ArrayNode array && array.size() > 0) {
            array.set(random.nextInt(array.size()), value);
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

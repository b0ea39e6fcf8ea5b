package org.verbund.gateway.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.verbund.core.kernel.RuleCode;
import org.verbund.core.kernel.RuleViolation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The problems of the OpenAPI document, generated in this one place: a shared {@code Problem} schema (RFC 9457 with
 * the stable {@code code}), and for every operation the 4xx (and 503) it may answer, each listing as examples the
 * codes it may carry: the gateway's own ({@link GatewayProblem}, {@link ProblemCatalogues#EVERY_WRITE}) and the
 * rule codes of the operation's part of the API ({@link ProblemCatalogues}). One example per code, shared.
 */
@Configuration
public class ProblemDocumentation {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_FIELD = "ProblemField";
    private static final String EXAMPLES = "#/components/examples/";
    private static final String RESPONSES = "#/components/responses/";

    /** What each status means to a client, in the document. */
    private static final Map<Integer, String> MEANINGS = Map.of(
            400, "Bad request: a field, path value, header or the body is invalid (the fields are named)",
            401, "No valid bearer token",
            403, "Forbidden: your roles, or the rules of what you act on, do not allow it",
            404, "Not found, or not yours to see",
            409, "Conflict: the state forbids it now, or the version you sent (If-Match) is not the current one",
            413, "The request body is too large",
            415, "The request body is not application/json",
            422, "Unprocessable: the request contradicts a rule, whatever the state",
            429, "Too many requests: retry after the seconds in Retry-After",
            503, "The store cannot be reached now, or the read model has not caught up with your last write yet: "
                 + "retry after Retry-After");

    @Bean
    OperationCustomizer documentedProblems() {
        return (operation, handler) -> {
            OperationShape shape = OperationShape.of(operation, handler);
            Map<Integer, Set<String>> codes = new TreeMap<>();
            for (GatewayProblem problem : GatewayProblem.values()) {
                if (problem.appliesTo(shape)) {
                    codes.computeIfAbsent(problem.status, status -> new LinkedHashSet<>()).add(problem.code);
                }
            }
            List<RuleCode> rules = new ArrayList<>(shape.writes() ? ProblemCatalogues.EVERY_WRITE : List.of());
            rules.addAll(ProblemCatalogues.of(shape.controller(), shape.reads()));
            rules.forEach(rule -> codes.computeIfAbsent(status(rule.kind()), status -> new LinkedHashSet<>())
                                       .add(rule.code()));
            codes.forEach((status, answered) -> operation.getResponses()
                                                         .addApiResponse(String.valueOf(status),
                                                                         response(status, answered)));
            return operation;
        };
    }

    /**
     * The Problem schema; each operation's problem answers shared as components (an operation's tag names those
     * with rule codes of its own: {@code FundingConflict}; variants numbered in the order of the paths), and one
     * example per code named. The responses of each operation in the order of their status.
     */
    @Bean
    OpenApiCustomizer documentedProblemComponents() {
        return openApi -> {
            Components components = openApi.getComponents();
            components.addSchemas(PROBLEM, problemSchema());
            components.addSchemas(PROBLEM_FIELD, problemFieldSchema());
            Map<String, ApiResponse> shared = new LinkedHashMap<>();
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                ApiResponses ordered = new ApiResponses();
                new TreeMap<>(operation.getResponses()).forEach((status, response) -> ordered.addApiResponse(
                        status, problem(response) == null ? response
                                : new ApiResponse().$ref(RESPONSES + shared(shared, operation, status, response))));
                operation.setResponses(ordered);
            }));
            shared.forEach(components::addResponses);
            Map<String, Integer> statuses = statusesByCode();
            new TreeMap<>(shared).values().forEach(response -> problem(response).getExamples().keySet().forEach(
                    code -> components.addExamples(code, example(code, statuses.get(code)))));
            if (components.getExamples() != null) {
                components.setExamples(new TreeMap<>(components.getExamples()));
            }
        };
    }

    /** The name of the shared response equal to {@code response}, added if there is none yet. */
    private static String shared(Map<String, ApiResponse> shared, Operation operation, String status,
                                 ApiResponse response) {
        boolean ownCodes = problem(response).getExamples().keySet().stream().anyMatch(
                code -> Arrays.stream(GatewayProblem.values()).noneMatch(problem -> problem.code.equals(code))
                        && ProblemCatalogues.EVERY_WRITE.stream().noneMatch(rule -> rule.code().equals(code)));
        String base = (ownCodes && operation.getTags() != null ? operation.getTags().get(0).replace(" ", "") : "")
                      + reason(Integer.parseInt(status));
        for (int variant = 1; ; variant++) {
            String name = variant == 1 ? base : base + variant;
            ApiResponse existing = shared.putIfAbsent(name, response);
            if (existing == null || existing.equals(response)) {
                return name;
            }
        }
    }

    /** The status's name in camel case: {@code UnprocessableEntity}. */
    private static String reason(int status) {
        return Arrays.stream(HttpStatus.valueOf(status).name().split("_"))
                     .map(word -> word.charAt(0) + word.substring(1).toLowerCase()).collect(Collectors.joining());
    }

    /** The problem+json content of an answer, or null for one that is not (yet) a shared problem. */
    private static MediaType problem(ApiResponse response) {
        return response.get$ref() != null || response.getContent() == null ? null
                : response.getContent().get(PROBLEM_JSON);
    }

    private static ApiResponse response(int status, Set<String> codes) {
        MediaType problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
        codes.forEach(code -> problem.addExamples(code, new Example().$ref(EXAMPLES + code)));
        ApiResponse response = new ApiResponse().description(MEANINGS.get(status))
                                                .content(new Content().addMediaType(PROBLEM_JSON, problem));
        if (status == 401) {
            response.addHeaderObject("WWW-Authenticate", header("Bearer: the scheme to authenticate with"));
        } else if (status == 429 || status == 503) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before retrying")
                                                                 .schema(new IntegerSchema().minimum(BigDecimal.ONE)));
        } else if (codes.contains(GatewayProblem.CONCURRENT_MODIFICATION.code)) {
            response.addHeaderObject("ETag", header("With concurrent-modification: the current version"));
        }
        return response;
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }

    static int status(RuleViolation.Kind kind) {
        return switch (kind) {
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
        };
    }

    private static Map<String, Integer> statusesByCode() {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (GatewayProblem problem : GatewayProblem.values()) {
            statuses.put(problem.code, problem.status);
        }
        ProblemCatalogues.all().forEach(rule -> statuses.putIfAbsent(rule.code(), status(rule.kind())));
        return statuses;
    }

    private static Example example(String code, int status) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", "https://verbund.example/problems/" + code);
        value.put("title", HttpStatus.valueOf(status).getReasonPhrase());
        value.put("status", status);
        value.put("detail", detail(code));
        value.put("code", code);
        if (code.equals(GatewayProblem.VALIDATION_FAILED.code)) {
            value.put("fields", List.of(Map.of("field", "name", "message", "must not be blank")));
        } else if (code.equals(GatewayProblem.CONCURRENT_MODIFICATION.code)) {
            value.put("currentVersion", 1);
        }
        return new Example().summary(code).value(value);
    }

    private static String detail(String code) {
        for (GatewayProblem problem : GatewayProblem.values()) {
            if (problem.code.equals(code)) {
                return problem.detail;
            }
        }
        return "Refused by the rule " + code + " (the detail says why)";
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemFieldSchema() {
        Schema field = new ObjectSchema()
                .description("One refused field, path value or header of a validation-failed problem")
                .addProperty("field", new StringSchema().description("The field, path value or header refused"))
                .addProperty("message", new StringSchema().description("Why"));
        field.setRequired(List.of("field", "message"));
        return field;
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema problem = new ObjectSchema()
                .description("An RFC 9457 problem: every refusal of the API, with a stable code to act on")
                .addProperty("type", new StringSchema().format("uri").description("Its code as a URI"))
                .addProperty("title", new StringSchema().description("The HTTP status in words"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What was refused and why, for a person"))
                .addProperty("instance", new StringSchema().description("The path of the refused request"))
                .addProperty("code", new StringSchema().description(
                        "Stable: what a client decides on (each response's examples show the codes it may carry)"))
                .addProperty("fields", new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/" + PROBLEM_FIELD))
                        .description("With validation-failed: each refused field and why"))
                .addProperty("currentVersion", new IntegerSchema().format("int64").description(
                        "With concurrent-modification: the version it is at now"));
        problem.setRequired(List.of("type", "title", "status", "code"));
        return problem;
    }
}

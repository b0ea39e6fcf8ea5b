package org.verbund.gateway.web;

import java.util.function.Predicate;

/**
 * The problems the gateway answers before or besides any rule (bad input, no token, no role, an unknown id, a stale
 * version, limits, the store out of reach), each with the operations it applies to. Their codes are those
 * {@link ProblemHandling}, {@link StoreOutage}, the security's problem responses and the limits send; the OpenAPI
 * document lists them per operation.
 */
enum GatewayProblem {

    VALIDATION_FAILED(400, "validation-failed", "Some fields are invalid", shape -> true),
    MALFORMED_REQUEST(400, "malformed-request", "The request body is not valid JSON", OperationShape::hasBody),
    UNAUTHENTICATED(401, "unauthenticated", "A valid bearer token is required: get one at POST /oauth2/token",
                    shape -> true),
    FORBIDDEN(403, "forbidden", "Your roles do not allow this request", shape -> true),
    NOT_FOUND(404, "not-found", "There is nothing with this id", OperationShape::hasPathVariables),
    CONCURRENT_MODIFICATION(409, "concurrent-modification",
                            "You sent version 0, but it is at version 1: read it again and retry",
                            shape -> shape.writes() && shape.hasPathVariables()),
    ALREADY_EXISTS(409, "already-exists", "Something with this id exists already",
                   shape -> shape.writes() && shape.creates()),
    BODY_TOO_LARGE(413, "body-too-large", "The request body is larger than the gateway accepts",
                   OperationShape::hasBody),
    UNSUPPORTED_MEDIA_TYPE(415, "http-415", "Content-Type 'text/plain' is not supported", OperationShape::hasBody),
    RATE_LIMITED(429, "rate-limited", "This client sends more requests than it may: retry after the given seconds",
                 shape -> true),
    TOO_MANY_STREAMS(429, "too-many-streams", "This client has as many live streams open as it may",
                     OperationShape::streams),
    READ_MODEL_BEHIND(503, "read-model-behind", "Your last write is not in this read model yet: retry in a moment",
                      OperationShape::reads),
    /** Every operation reads or writes the store (a token check reads its client there). */
    STORE_UNAVAILABLE(503, StoreOutage.CODE, "The store is not reachable now: retry after the given seconds",
                      shape -> true);

    final int status;
    final String code;
    /** What the example problem says (the real detail may say more). */
    final String detail;
    private final Predicate<OperationShape> appliesTo;

    GatewayProblem(int status, String code, String detail, Predicate<OperationShape> appliesTo) {
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.appliesTo = appliesTo;
    }

    boolean appliesTo(OperationShape shape) {
        return appliesTo.test(shape);
    }
}

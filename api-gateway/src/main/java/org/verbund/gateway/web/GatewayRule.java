package org.verbund.gateway.web;

import org.verbund.core.kernel.RuleCode;
import org.verbund.core.kernel.RuleViolation;

/**
 * The rule codes the gateway itself answers with (not a context's aggregates): its write idempotency, the admin's
 * client registry and the schedule calculator. Listed here so that the OpenAPI document can name them; the places
 * that throw them keep their strings, which must stay equal to these codes.
 */
public enum GatewayRule implements RuleCode {

    IDEMPOTENCY_KEY_IN_PROGRESS("idempotency-key-in-progress", RuleViolation.Kind.CONFLICT),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", RuleViolation.Kind.UNPROCESSABLE),
    CLIENT_ROLE_NOT_GRANTABLE("client.role-not-grantable", RuleViolation.Kind.UNPROCESSABLE),
    SCHEDULE_OUT_OF_RANGE("schedule.out-of-range", RuleViolation.Kind.UNPROCESSABLE),
    SCHEDULE_RATE_OUT_OF_RANGE("schedule.rate-out-of-range", RuleViolation.Kind.UNPROCESSABLE);

    private final String code;
    private final RuleViolation.Kind kind;

    GatewayRule(String code, RuleViolation.Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public RuleViolation.Kind kind() {
        return kind;
    }
}

package org.verbund.gateway.web;

import org.verbund.core.kernel.RuleCode;
import org.verbund.core.kernel.RuleViolation;

/**
 * The rule codes the gateway itself answers with (not a context's aggregates): its write idempotency, the admin's
 * client registry, the schedule calculator and the audit tree's proofs. Listed here so that the OpenAPI document can
 * name them, and thrown from here by the places that refuse with them.
 */
public final class GatewayRule {

    public static final RuleCode IDEMPOTENCY_KEY_IN_PROGRESS = new RuleCode("idempotency-key-in-progress", RuleViolation.Kind.CONFLICT);
    public static final RuleCode IDEMPOTENCY_KEY_REUSED = new RuleCode("idempotency-key-reused", RuleViolation.Kind.UNPROCESSABLE);
    public static final RuleCode CLIENT_ROLE_NOT_GRANTABLE = new RuleCode("client.role-not-grantable", RuleViolation.Kind.UNPROCESSABLE);
    public static final RuleCode SCHEDULE_OUT_OF_RANGE = new RuleCode("schedule.out-of-range", RuleViolation.Kind.UNPROCESSABLE);
    public static final RuleCode SCHEDULE_RATE_OUT_OF_RANGE = new RuleCode("schedule.rate-out-of-range", RuleViolation.Kind.UNPROCESSABLE);
    public static final RuleCode AUDIT_BEYOND_TREE = new RuleCode("audit.beyond-tree", RuleViolation.Kind.UNPROCESSABLE);
    public static final RuleCode BACKUP_NOT_EMBEDDED_FILE = new RuleCode("backup.not-embedded-file", RuleViolation.Kind.CONFLICT);

    private GatewayRule() {
    }
}

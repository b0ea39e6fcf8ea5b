package org.verbund.funding.api;

import org.verbund.core.kernel.RuleCode;
import org.verbund.core.kernel.RuleViolation;

import static org.verbund.core.kernel.RuleViolation.Kind.CONFLICT;
import static org.verbund.core.kernel.RuleViolation.Kind.FORBIDDEN;
import static org.verbund.core.kernel.RuleViolation.Kind.UNPROCESSABLE;

/**
 * Every rule code the funding context refuses a command with: its stable string (clients rely on it) and the kind
 * of refusal (409, 422 or 403). A refusal that hides the thing is {@link RuleViolation#notFound()}, the same as for
 * an unknown id.
 */
public enum FundingRule implements RuleCode {

    // an application and its lifecycle
    APPLICATION_TITLE_REQUIRED("funding-application.title-required", UNPROCESSABLE),
    APPLICATION_NEGATIVE_AMOUNT("funding-application.negative-amount", UNPROCESSABLE),
    APPLICATION_UNKNOWN_PROGRAMME("funding-application.unknown-programme", UNPROCESSABLE),
    APPLICATION_UNKNOWN_ORGANISATION("funding-application.unknown-organisation", UNPROCESSABLE),
    APPLICATION_TRANSITION_NOT_ALLOWED("funding-application.transition-not-allowed", CONFLICT),
    APPLICATION_LEAD_APPLICANT_ONLY("funding-application.lead-applicant-only", FORBIDDEN),
    EARLY_START_AFTER_DECISION("funding-application.early-start-after-decision", CONFLICT),
    EARLY_START_ALREADY_GRANTED("funding-application.early-start-already-granted", CONFLICT),
    FINANCING_PLAN_AFTER_END("funding-application.financing-plan-after-end", CONFLICT),
    REPORTING_BEFORE_APPROVAL("funding-application.reporting-before-approval", CONFLICT),

    // extensions (Verlängerungen)
    EXTENDS_ITSELF("funding-application.extends-itself", UNPROCESSABLE),
    UNKNOWN_PREDECESSOR("funding-application.unknown-predecessor", UNPROCESSABLE),
    PREDECESSOR_NOT_APPROVED("funding-application.predecessor-not-approved", UNPROCESSABLE),
    LINKED_BY_VERBUND("funding-application.linked-by-verbund", FORBIDDEN),

    // amendments of a running project
    AMENDMENT_NOT_RUNNING("funding-application.amendment-not-running", CONFLICT),
    AMENDMENT_ID_TAKEN("funding-application.amendment-id-taken", UNPROCESSABLE),
    AMENDMENT_EMPTY("funding-application.amendment-empty", UNPROCESSABLE),
    UNKNOWN_AMENDMENT("funding-application.unknown-amendment", UNPROCESSABLE),
    AMENDMENT_DECIDED("funding-application.amendment-decided", CONFLICT),
    AMENDMENT_PART_NOT_PROPOSED("funding-application.amendment-part-not-proposed", UNPROCESSABLE),

    // deadlines
    DEADLINE_ALREADY_MET("funding-deadline.already-met", CONFLICT),
    DEADLINE_UNKNOWN("funding-deadline.unknown", UNPROCESSABLE),

    // the financing plan
    PLAN_TOTAL_COST_REQUIRED("financing-plan.total-cost-required", UNPROCESSABLE),
    PLAN_LINES_REQUIRED("financing-plan.lines-required", UNPROCESSABLE),
    PLAN_DOES_NOT_ADD_UP("financing-plan.does-not-add-up", UNPROCESSABLE),
    PLAN_SOURCE_REQUIRED("financing-plan.source-required", UNPROCESSABLE),
    PLAN_AMOUNT_OR_RATE("financing-plan.amount-or-rate", UNPROCESSABLE),
    PLAN_NEGATIVE_AMOUNT("financing-plan.negative-amount", UNPROCESSABLE),
    PLAN_RATE_OUT_OF_RANGE("financing-plan.rate-out-of-range", UNPROCESSABLE),

    // programmes and their calls
    PROGRAMME_NAME_AND_LEVEL_REQUIRED("funding-programme.name-and-level-required", UNPROCESSABLE),
    PROGRAMME_CALL_DEADLINE_REQUIRED("funding-programme.call-deadline-required", UNPROCESSABLE),
    PROGRAMME_COORDINATORS_ONLY("funding-programme.coordinators-only", FORBIDDEN),

    // study placements
    PLACEMENTS_COORDINATORS_ONLY("placements.coordinators-only", FORBIDDEN),
    PLACEMENTS_NEGATIVE("placements.negative", UNPROCESSABLE),
    PLACEMENTS_ID_MISMATCH("placements.id-mismatch", UNPROCESSABLE);

    private final String code;
    private final RuleViolation.Kind kind;

    FundingRule(String code, RuleViolation.Kind kind) {
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

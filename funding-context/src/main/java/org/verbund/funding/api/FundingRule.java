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
public final class FundingRule {

    // an application and its lifecycle
    public static final RuleCode APPLICATION_TITLE_REQUIRED = new RuleCode("funding-application.title-required", UNPROCESSABLE);
    public static final RuleCode APPLICATION_NEGATIVE_AMOUNT = new RuleCode("funding-application.negative-amount", UNPROCESSABLE);
    public static final RuleCode APPLICATION_UNKNOWN_PROGRAMME = new RuleCode("funding-application.unknown-programme", UNPROCESSABLE);
    public static final RuleCode APPLICATION_UNKNOWN_ORGANISATION = new RuleCode("funding-application.unknown-organisation", UNPROCESSABLE);
    public static final RuleCode APPLICATION_TRANSITION_NOT_ALLOWED = new RuleCode("funding-application.transition-not-allowed", CONFLICT);
    public static final RuleCode APPLICATION_LEAD_APPLICANT_ONLY = new RuleCode("funding-application.lead-applicant-only", FORBIDDEN);
    public static final RuleCode EARLY_START_AFTER_DECISION = new RuleCode("funding-application.early-start-after-decision", CONFLICT);
    public static final RuleCode EARLY_START_ALREADY_GRANTED = new RuleCode("funding-application.early-start-already-granted", CONFLICT);
    public static final RuleCode FINANCING_PLAN_AFTER_END = new RuleCode("funding-application.financing-plan-after-end", CONFLICT);
    public static final RuleCode REPORTING_BEFORE_APPROVAL = new RuleCode("funding-application.reporting-before-approval", CONFLICT);

    // extensions (Verlängerungen)
    public static final RuleCode EXTENDS_ITSELF = new RuleCode("funding-application.extends-itself", UNPROCESSABLE);
    public static final RuleCode UNKNOWN_PREDECESSOR = new RuleCode("funding-application.unknown-predecessor", UNPROCESSABLE);
    public static final RuleCode PREDECESSOR_NOT_APPROVED = new RuleCode("funding-application.predecessor-not-approved", UNPROCESSABLE);
    public static final RuleCode LINKED_BY_VERBUND = new RuleCode("funding-application.linked-by-verbund", FORBIDDEN);

    // amendments of a running project
    public static final RuleCode AMENDMENT_NOT_RUNNING = new RuleCode("funding-application.amendment-not-running", CONFLICT);
    public static final RuleCode AMENDMENT_ID_TAKEN = new RuleCode("funding-application.amendment-id-taken", UNPROCESSABLE);
    public static final RuleCode AMENDMENT_EMPTY = new RuleCode("funding-application.amendment-empty", UNPROCESSABLE);
    public static final RuleCode UNKNOWN_AMENDMENT = new RuleCode("funding-application.unknown-amendment", UNPROCESSABLE);
    public static final RuleCode AMENDMENT_DECIDED = new RuleCode("funding-application.amendment-decided", CONFLICT);
    public static final RuleCode AMENDMENT_PART_NOT_PROPOSED = new RuleCode("funding-application.amendment-part-not-proposed", UNPROCESSABLE);

    // deadlines
    public static final RuleCode DEADLINE_ALREADY_MET = new RuleCode("funding-deadline.already-met", CONFLICT);
    public static final RuleCode DEADLINE_UNKNOWN = new RuleCode("funding-deadline.unknown", UNPROCESSABLE);

    // the financing plan
    public static final RuleCode PLAN_TOTAL_COST_REQUIRED = new RuleCode("financing-plan.total-cost-required", UNPROCESSABLE);
    public static final RuleCode PLAN_LINES_REQUIRED = new RuleCode("financing-plan.lines-required", UNPROCESSABLE);
    public static final RuleCode PLAN_DOES_NOT_ADD_UP = new RuleCode("financing-plan.does-not-add-up", UNPROCESSABLE);
    public static final RuleCode PLAN_SOURCE_REQUIRED = new RuleCode("financing-plan.source-required", UNPROCESSABLE);
    public static final RuleCode PLAN_AMOUNT_OR_RATE = new RuleCode("financing-plan.amount-or-rate", UNPROCESSABLE);
    public static final RuleCode PLAN_NEGATIVE_AMOUNT = new RuleCode("financing-plan.negative-amount", UNPROCESSABLE);
    public static final RuleCode PLAN_RATE_OUT_OF_RANGE = new RuleCode("financing-plan.rate-out-of-range", UNPROCESSABLE);

    // programmes and their calls
    public static final RuleCode PROGRAMME_NAME_AND_LEVEL_REQUIRED = new RuleCode("funding-programme.name-and-level-required", UNPROCESSABLE);
    public static final RuleCode PROGRAMME_CALL_DEADLINE_REQUIRED = new RuleCode("funding-programme.call-deadline-required", UNPROCESSABLE);
    public static final RuleCode PROGRAMME_COORDINATORS_ONLY = new RuleCode("funding-programme.coordinators-only", FORBIDDEN);

    // study placements
    public static final RuleCode PLACEMENTS_COORDINATORS_ONLY = new RuleCode("placements.coordinators-only", FORBIDDEN);
    public static final RuleCode PLACEMENTS_NEGATIVE = new RuleCode("placements.negative", UNPROCESSABLE);
    public static final RuleCode PLACEMENTS_ID_MISMATCH = new RuleCode("placements.id-mismatch", UNPROCESSABLE);

    private FundingRule() {
    }
}

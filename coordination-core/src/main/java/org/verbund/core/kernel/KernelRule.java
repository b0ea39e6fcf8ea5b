package org.verbund.core.kernel;

import org.verbund.core.kernel.RuleViolation.Kind;

/**
 * The rule codes of the shared kernel, the write path and personal data, which every context may answer with;
 * each context lists its own in its {@code api} package ({@code NetworkRule}, {@code FundingRule}, ...).
 */
public final class KernelRule {
    public static final RuleCode ACTOR_UNKNOWN = new RuleCode("actor.unknown", Kind.FORBIDDEN);
    public static final RuleCode ACTOR_UNKNOWN_ROLE = new RuleCode("actor.unknown-role", Kind.FORBIDDEN);
    public static final RuleCode PERIOD_ENDS_BEFORE_START = new RuleCode("period.ends-before-start", Kind.UNPROCESSABLE);
    public static final RuleCode FTE_INVALID = new RuleCode("fte.invalid", Kind.UNPROCESSABLE);
    public static final RuleCode PERSON_REF_INVALID = new RuleCode("person-ref.invalid", Kind.UNPROCESSABLE);
    public static final RuleCode PERSONAL_DATA_WRONG_SUBJECT = new RuleCode("personal-data.wrong-subject", Kind.UNPROCESSABLE);
    public static final RuleCode PERSON_ERASED = new RuleCode("person.erased", Kind.CONFLICT);
    public static final RuleCode ERASURE_BY_COORDINATORS = new RuleCode("person.erasure-by-coordinators", Kind.FORBIDDEN);

    private KernelRule() {
    }
}

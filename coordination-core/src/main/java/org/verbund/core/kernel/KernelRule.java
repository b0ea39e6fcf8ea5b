package org.verbund.core.kernel;

import org.verbund.core.kernel.RuleViolation.Kind;

/**
 * The rule codes of the shared kernel, the write path and personal data, which every context may answer with;
 * each context lists its own in its {@code api} package ({@code NetworkRule}, {@code FundingRule}, ...).
 */
public enum KernelRule implements RuleCode {
    ACTOR_UNKNOWN("actor.unknown", Kind.FORBIDDEN),
    ACTOR_UNKNOWN_ROLE("actor.unknown-role", Kind.FORBIDDEN),
    PERIOD_ENDS_BEFORE_START("period.ends-before-start", Kind.UNPROCESSABLE),
    FTE_INVALID("fte.invalid", Kind.UNPROCESSABLE),
    PERSON_REF_INVALID("person-ref.invalid", Kind.UNPROCESSABLE),
    PERSONAL_DATA_WRONG_SUBJECT("personal-data.wrong-subject", Kind.UNPROCESSABLE),
    PERSON_ERASED("person.erased", Kind.CONFLICT),
    ERASURE_BY_COORDINATORS("person.erasure-by-coordinators", Kind.FORBIDDEN);

    private final String code;
    private final Kind kind;

    KernelRule(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}

package org.verbund.core.network.api;

import org.verbund.core.kernel.RuleCode;
import org.verbund.core.kernel.RuleViolation.Kind;

/** Every rule code the network registry refuses with: stable, clients may rely on them. */
public enum NetworkRule implements RuleCode {
    COORDINATORS_ONLY("organisation.coordinators-only", Kind.FORBIDDEN),
    NAME_REQUIRED("organisation.name-required", Kind.UNPROCESSABLE),
    NAME_UNCHANGED("organisation.name-unchanged", Kind.UNPROCESSABLE),
    KIND_UNCHANGED("organisation.kind-unchanged", Kind.UNPROCESSABLE),
    CANNOT_JOIN_ITSELF("organisation.cannot-join-itself", Kind.UNPROCESSABLE),
    NOT_A_COORDINATION_BODY("organisation.not-a-coordination-body", Kind.UNPROCESSABLE),
    ALREADY_MEMBER("organisation.already-member", Kind.CONFLICT),
    NOT_A_MEMBER("organisation.not-a-member", Kind.CONFLICT),
    DEACTIVATED("organisation.deactivated", Kind.CONFLICT);

    private final String code;
    private final Kind kind;

    NetworkRule(String code, Kind kind) {
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

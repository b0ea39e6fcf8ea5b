package org.verbund.core.network.api;

import org.verbund.core.kernel.RuleCode;
import org.verbund.core.kernel.RuleViolation.Kind;

/** Every rule code the network registry refuses with: stable, clients may rely on them. */
public final class NetworkRule {
    public static final RuleCode COORDINATORS_ONLY = new RuleCode("organisation.coordinators-only", Kind.FORBIDDEN);
    public static final RuleCode NAME_REQUIRED = new RuleCode("organisation.name-required", Kind.UNPROCESSABLE);
    public static final RuleCode NAME_UNCHANGED = new RuleCode("organisation.name-unchanged", Kind.UNPROCESSABLE);
    public static final RuleCode KIND_UNCHANGED = new RuleCode("organisation.kind-unchanged", Kind.UNPROCESSABLE);
    public static final RuleCode CANNOT_JOIN_ITSELF = new RuleCode("organisation.cannot-join-itself", Kind.UNPROCESSABLE);
    public static final RuleCode NOT_A_COORDINATION_BODY = new RuleCode("organisation.not-a-coordination-body", Kind.UNPROCESSABLE);
    public static final RuleCode ALREADY_MEMBER = new RuleCode("organisation.already-member", Kind.CONFLICT);
    public static final RuleCode NOT_A_MEMBER = new RuleCode("organisation.not-a-member", Kind.CONFLICT);
    public static final RuleCode DEACTIVATED = new RuleCode("organisation.deactivated", Kind.CONFLICT);

    private NetworkRule() {
    }
}

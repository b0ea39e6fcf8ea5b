package org.verbund.core.kernel;

/**
 * One entry of a context's rule-code catalogue: a stable code a client may rely on and the kind of refusal it is.
 * Each context lists all its codes in one enum of its {@code api} package, which its aggregates throw from and the
 * README's error table and the OpenAPI document are checked against.
 */
public interface RuleCode {

    String code();

    RuleViolation.Kind kind();

    default RuleViolation violation(String message) {
        return new RuleViolation(code(), kind(), message);
    }
}

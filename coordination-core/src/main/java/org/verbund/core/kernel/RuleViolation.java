package org.verbund.core.kernel;

/**
 * A domain rule refused a command. Its {@code code} is stable (clients may rely on it); the gateway maps it once to
 * an RFC 9457 problem: {@link Kind#CONFLICT} to 409 (the state forbids it now), {@link Kind#UNPROCESSABLE} to 422
 * (the request contradicts a rule whatever the state).
 */
public class RuleViolation extends RuntimeException {

    public enum Kind { CONFLICT, UNPROCESSABLE }

    private final String code;
    private final Kind kind;

    public RuleViolation(String code, Kind kind, String message) {
        super(message);
        this.code = code;
        this.kind = kind;
    }

    public static RuleViolation conflict(String code, String message) {
        return new RuleViolation(code, Kind.CONFLICT, message);
    }

    public static RuleViolation unprocessable(String code, String message) {
        return new RuleViolation(code, Kind.UNPROCESSABLE, message);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}

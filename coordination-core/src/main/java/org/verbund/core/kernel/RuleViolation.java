package org.verbund.core.kernel;

/**
 * A domain rule refused a command. Its {@code code} is stable (clients may rely on it); the gateway maps it once to
 * an RFC 9457 problem: {@link Kind#CONFLICT} to 409 (the state forbids it now), {@link Kind#UNPROCESSABLE} to 422
 * (the request contradicts a rule whatever the state), {@link Kind#FORBIDDEN} to 403 (the actor may not do this to
 * this thing) and {@link Kind#NOT_FOUND} to 404 (the actor may not even learn that the thing exists).
 */
public class RuleViolation extends RuntimeException {

    public enum Kind { CONFLICT, UNPROCESSABLE, FORBIDDEN, NOT_FOUND }

    /** The code of every refusal that hides the thing: the same as for an id nobody knows. */
    public static final String NOT_FOUND_CODE = "not-found";

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

    public static RuleViolation forbidden(String code, String message) {
        return new RuleViolation(code, Kind.FORBIDDEN, message);
    }

    /** Refuses as if the thing did not exist, so that the actor learns nothing about it. */
    public static RuleViolation notFound() {
        return new RuleViolation(NOT_FOUND_CODE, Kind.NOT_FOUND, "There is nothing with this id");
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}

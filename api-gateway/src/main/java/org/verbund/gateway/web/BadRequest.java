package org.verbund.gateway.web;

/**
 * A request the gateway refuses before it sends anything: a header, query or path value that is malformed. Answered
 * as 400 {@code validation-failed} naming the field, like a bad body.
 */
public class BadRequest extends RuntimeException {

    private final String field;

    public BadRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

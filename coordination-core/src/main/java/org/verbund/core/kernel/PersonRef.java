package org.verbund.core.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reference to a person (e.g. the pseudonymous id of a member directory entry), never the person's name: events
 * are kept for ever, personal data must not be in them in clear. Letters, digits and {@code . _ : -}, at most 64.
 */
public record PersonRef(String value) {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public PersonRef {
        Objects.requireNonNull(value, "value");
        if (!REFERENCE.matcher(value).matches()) {
            throw KernelRule.PERSON_REF_INVALID.violation("A person is referenced by an id (letters, digits, . _ : -, at most 64),"
                                              + " not by name");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PersonRef of(String value) {
        return new PersonRef(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

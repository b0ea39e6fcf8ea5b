package org.verbund.core.kernel;

import java.util.Objects;
import java.util.UUID;

/**
 * The one idiom for aggregate ids: a record of one non-blank string, written in JSON and in stored events as that
 * plain string ({@code @JsonValue} on the component, a delegating {@code @JsonCreator} on the constructor), and
 * {@code toString()} is the value, because Axon routes commands by it. Ids only refuse blanks, so that every id
 * already stored stays readable; what a client may send is checked at the edge by {@link IdSyntax}.
 */
public interface TypedId {

    String value();

    /** The check of every id's constructor. */
    static void requireValue(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("An id must not be blank");
        }
    }

    /** A new id value nobody else holds. */
    static String randomValue() {
        return UUID.randomUUID().toString();
    }
}

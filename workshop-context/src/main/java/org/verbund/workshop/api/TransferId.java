package org.verbund.workshop.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.verbund.core.kernel.TypedId;

/** Identifies a transfer of a working group's results to the body it reports to. */
public record TransferId(@JsonValue String value) implements TypedId {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public TransferId { TypedId.requireValue(value); }
    public static TransferId random() { return new TransferId(TypedId.randomValue()); }
    @Override public String toString() { return value; }
}

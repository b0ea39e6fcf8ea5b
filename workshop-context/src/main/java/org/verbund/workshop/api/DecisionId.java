package org.verbund.workshop.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.verbund.core.kernel.TypedId;

/** Identifies a decision of a meeting (unique within its meeting; the decision register lists it by it). */
public record DecisionId(@JsonValue String value) implements TypedId {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public DecisionId { TypedId.requireValue(value); }
    public static DecisionId random() { return new DecisionId(TypedId.randomValue()); }
    @Override public String toString() { return value; }
}

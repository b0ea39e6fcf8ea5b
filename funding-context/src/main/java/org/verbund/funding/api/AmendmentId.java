package org.verbund.funding.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.verbund.core.kernel.TypedId;

/** Identifies an amendment within its funding application. A plain string in JSON. */
public record AmendmentId(@JsonValue String value) implements TypedId {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public AmendmentId { TypedId.requireValue(value); }
    public static AmendmentId random() { return new AmendmentId(TypedId.randomValue()); }
    @Override public String toString() { return value; }
}

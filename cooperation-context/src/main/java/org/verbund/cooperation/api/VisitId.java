package org.verbund.cooperation.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.verbund.core.kernel.TypedId;

/** Identifies a visit. */
public record VisitId(@JsonValue String value) implements TypedId {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public VisitId { TypedId.requireValue(value); }
    public static VisitId random() { return new VisitId(TypedId.randomValue()); }
    @Override public String toString() { return value; }
}

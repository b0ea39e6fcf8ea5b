package org.verbund.workshop.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.verbund.core.kernel.TypedId;

/** Identifies a working group. */
public record WorkingGroupId(@JsonValue String value) implements TypedId {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public WorkingGroupId { TypedId.requireValue(value); }
    public static WorkingGroupId random() { return new WorkingGroupId(TypedId.randomValue()); }
    @Override public String toString() { return value; }
}

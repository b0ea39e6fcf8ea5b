package org.verbund.workshop.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.verbund.core.kernel.TypedId;

/** Identifies a workshop series. */
public record WorkshopSeriesId(@JsonValue String value) implements TypedId {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public WorkshopSeriesId { TypedId.requireValue(value); }
    public static WorkshopSeriesId random() { return new WorkshopSeriesId(TypedId.randomValue()); }
    @Override public String toString() { return value; }
}

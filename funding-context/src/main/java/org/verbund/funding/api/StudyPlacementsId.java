package org.verbund.funding.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.verbund.core.kernel.TypedId;

/** Identifies the study placements of one city in one cohort: {@code <city>:<cohort>}. A plain string in JSON. */
public record StudyPlacementsId(@JsonValue String value) implements TypedId {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public StudyPlacementsId { TypedId.requireValue(value); }
    public static StudyPlacementsId random() { return new StudyPlacementsId(TypedId.randomValue()); }
    @Override public String toString() { return value; }
}

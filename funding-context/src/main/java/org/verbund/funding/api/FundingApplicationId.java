package org.verbund.funding.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.verbund.core.kernel.TypedId;

/** Identifies a funding application (a project, once approved). A plain string in JSON. */
public record FundingApplicationId(@JsonValue String value) implements TypedId {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public FundingApplicationId { TypedId.requireValue(value); }
    public static FundingApplicationId random() { return new FundingApplicationId(TypedId.randomValue()); }
    @Override public String toString() { return value; }
}

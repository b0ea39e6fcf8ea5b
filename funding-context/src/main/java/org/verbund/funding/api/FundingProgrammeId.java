package org.verbund.funding.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.verbund.core.kernel.TypedId;

/** Identifies a funding programme. A plain string in JSON. */
public record FundingProgrammeId(@JsonValue String value) implements TypedId {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public FundingProgrammeId { TypedId.requireValue(value); }
    public static FundingProgrammeId random() { return new FundingProgrammeId(TypedId.randomValue()); }
    @Override public String toString() { return value; }
}

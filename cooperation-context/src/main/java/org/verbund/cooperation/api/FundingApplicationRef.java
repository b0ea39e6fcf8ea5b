package org.verbund.cooperation.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.verbund.core.kernel.TypedId;

/** Names the funding application (of the funding context) that paid for a visit: its id, cooperation's own word. */
public record FundingApplicationRef(@JsonValue String value) implements TypedId {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public FundingApplicationRef { TypedId.requireValue(value); }
    public static FundingApplicationRef random() { return new FundingApplicationRef(TypedId.randomValue()); }
    @Override public String toString() { return value; }
}

package org.verbund.cooperation.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.verbund.core.kernel.TypedId;

/** Identifies an agreement. */
public record AgreementId(@JsonValue String value) implements TypedId {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public AgreementId { TypedId.requireValue(value); }
    public static AgreementId random() { return new AgreementId(TypedId.randomValue()); }
    @Override public String toString() { return value; }
}

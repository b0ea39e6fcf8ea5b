package org.verbund.cooperation.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.verbund.core.kernel.TypedId;

/** Identifies a transnational partnership. */
public record PartnershipId(@JsonValue String value) implements TypedId {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public PartnershipId { TypedId.requireValue(value); }
    public static PartnershipId random() { return new PartnershipId(TypedId.randomValue()); }
    @Override public String toString() { return value; }
}

package org.verbund.core.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an organisation of the network (a city department, a carrier, a coordination body...). In JSON it is
 * its plain string value.
 */
public record OrganisationId(@JsonValue String value) implements TypedId {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public OrganisationId { TypedId.requireValue(value); }
    public static OrganisationId random() { return new OrganisationId(TypedId.randomValue()); }
    @Override public String toString() { return value; }
}

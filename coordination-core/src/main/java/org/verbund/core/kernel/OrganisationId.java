package org.verbund.core.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an organisation of the network (a city department, a carrier, a coordination body...). In JSON it is
 * its plain string value.
 */
public record OrganisationId(String value) {

    public OrganisationId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("An organisation id must not be blank");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OrganisationId of(String value) {
        return new OrganisationId(value);
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}

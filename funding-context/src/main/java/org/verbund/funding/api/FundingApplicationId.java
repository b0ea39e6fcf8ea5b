package org.verbund.funding.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a funding application (a project, once approved). A plain string in JSON. */
public record FundingApplicationId(String value) {

    public FundingApplicationId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("An id must not be blank");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FundingApplicationId of(String value) {
        return new FundingApplicationId(value);
    }

    public static FundingApplicationId random() {
        return new FundingApplicationId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

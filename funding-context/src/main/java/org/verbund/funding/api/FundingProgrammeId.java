package org.verbund.funding.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a funding programme. A plain string in JSON. */
public record FundingProgrammeId(String value) {

    public FundingProgrammeId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("An id must not be blank");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FundingProgrammeId of(String value) {
        return new FundingProgrammeId(value);
    }

    public static FundingProgrammeId random() {
        return new FundingProgrammeId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

package org.verbund.workshop.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a workshop series. */
public record WorkshopSeriesId(String value) {

    public WorkshopSeriesId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("An id must not be blank");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WorkshopSeriesId of(String value) {
        return new WorkshopSeriesId(value);
    }

    public static WorkshopSeriesId random() {
        return new WorkshopSeriesId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

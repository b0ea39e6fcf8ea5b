package org.verbund.workshop.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.verbund.core.kernel.TypedId;

/** Identifies a meeting. */
public record MeetingId(@JsonValue String value) implements TypedId {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public MeetingId { TypedId.requireValue(value); }
    public static MeetingId random() { return new MeetingId(TypedId.randomValue()); }
    @Override public String toString() { return value; }
}

package org.verbund.workshop.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.verbund.core.kernel.TypedId;

/** Identifies what a coordination body received from working groups (see {@link ReceiveResultsCommand#inboxOf}). */
public record ResultsInboxId(@JsonValue String value) implements TypedId {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public ResultsInboxId { TypedId.requireValue(value); }
    public static ResultsInboxId random() { return new ResultsInboxId(TypedId.randomValue()); }
    @Override public String toString() { return value; }
}

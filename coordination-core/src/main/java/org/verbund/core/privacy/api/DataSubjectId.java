package org.verbund.core.privacy.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.TypedId;

/** Identifies the erasure record of one person ({@code data-subject:<person>}), apart from any other aggregate. */
public record DataSubjectId(@JsonValue String value) implements TypedId {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING) public DataSubjectId { TypedId.requireValue(value); }
    public static DataSubjectId of(PersonRef subject) { return new DataSubjectId("data-subject:" + subject.value()); }
    @Override public String toString() { return value; }
}

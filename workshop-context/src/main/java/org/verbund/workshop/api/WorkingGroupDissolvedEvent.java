package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** The working group was dissolved. */
@Revision("1")
public record WorkingGroupDissolvedEvent(WorkingGroupId groupId, LocalDate effectiveOn) implements EffectiveDated {
}

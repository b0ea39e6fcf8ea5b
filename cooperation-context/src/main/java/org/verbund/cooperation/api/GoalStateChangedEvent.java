package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** A goal was agreed, achieved or dropped. */
@Revision("1")
public record GoalStateChangedEvent(PartnershipId partnershipId, String goalId, GoalState state, LocalDate effectiveOn) implements EffectiveDated {
}

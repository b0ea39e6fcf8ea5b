package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** A goal was proposed. */
@Revision("1")
public record GoalProposedEvent(PartnershipId partnershipId, String goalId, String text, LocalDate effectiveOn) implements EffectiveDated {
}

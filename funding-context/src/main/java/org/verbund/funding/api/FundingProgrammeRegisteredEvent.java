package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** A funding programme was registered. */
@Revision("1")
public record FundingProgrammeRegisteredEvent(FundingProgrammeId programmeId, String name, FunderLevel funderLevel,
                                              String agency, LocalDate effectiveOn) implements EffectiveDated {
}

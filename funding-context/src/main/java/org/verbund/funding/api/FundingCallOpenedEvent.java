package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;

import java.time.LocalDate;

/** A programme opened a call with a submission deadline. */
@Revision("1")
public record FundingCallOpenedEvent(FundingProgrammeId programmeId, FundingCall call, LocalDate effectiveOn)
        implements EffectiveDated {
}

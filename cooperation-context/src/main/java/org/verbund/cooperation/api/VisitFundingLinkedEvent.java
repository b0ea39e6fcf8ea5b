package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/**
 * The visit was paid from this funding application. Still revision 1: {@code fundedBy} became cooperation's own
 * {@link FundingApplicationRef}, written as the same plain string as funding's id was (see
 * {@code StoredVisitEventsTest}).
 */
@Revision("1")
public record VisitFundingLinkedEvent(VisitId visitId, FundingApplicationRef fundedBy, LocalDate effectiveOn) implements EffectiveDated {
}

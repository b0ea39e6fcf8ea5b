package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;

/** A deadline passed without being met; it stays open (overdue) until it is met or dropped. */
@Revision("1")
public record FundingDeadlineFellDueEvent(FundingApplicationId applicationId, String key, DeadlineKind kind,
                                          LocalDate dueOn, OrganisationId responsible, LocalDate effectiveOn)
        implements EffectiveDated {
}

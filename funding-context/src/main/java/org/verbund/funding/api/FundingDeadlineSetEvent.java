package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;

/**
 * A deadline of an application was set (or moved): {@code responsible} must meet it by the end of {@code dueOn}.
 *
 * @param key        names the deadline within the application, e.g. {@code submission} or {@code final-statement}
 * @param scheduleId the deadline manager's id for the scheduled trigger
 */
@Revision("1")
public record FundingDeadlineSetEvent(FundingApplicationId applicationId, String key, DeadlineKind kind,
                                      LocalDate dueOn, OrganisationId responsible, String scheduleId,
                                      LocalDate effectiveOn) implements EffectiveDated {
}

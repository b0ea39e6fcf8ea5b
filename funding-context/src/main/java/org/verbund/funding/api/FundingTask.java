package org.verbund.funding.api;

import java.time.LocalDate;

/**
 * An open deadline an organisation is responsible for.
 *
 * @param overdue whether it fell due without being met
 */
public record FundingTask(FundingApplicationId applicationId, String applicationTitle, String key, DeadlineKind kind,
                          LocalDate dueOn, boolean overdue) {
}

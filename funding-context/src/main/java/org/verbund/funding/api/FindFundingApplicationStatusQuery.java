package org.verbund.funding.api;

/**
 * Asks for an application's status as its own events have it (null if there is no such application): for the checks
 * other contexts make before they refer to an application. Answered from the aggregate, never from a read model, so
 * it agrees with every acknowledged write.
 */
public record FindFundingApplicationStatusQuery(FundingApplicationId applicationId) {
}

package org.verbund.funding.api;

/** One funding application. Answered with its {@link FundingApplicationSummary}, or null when there is none. */
public record FindFundingApplicationQuery(FundingApplicationId applicationId) {
}

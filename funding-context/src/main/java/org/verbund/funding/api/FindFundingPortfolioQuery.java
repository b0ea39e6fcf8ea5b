package org.verbund.funding.api;

/** The whole funding portfolio, summed up. Answered with a {@link FundingPortfolio}. */
public record FindFundingPortfolioQuery() {
}

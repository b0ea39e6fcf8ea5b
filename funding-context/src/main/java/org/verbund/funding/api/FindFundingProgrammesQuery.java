package org.verbund.funding.api;

/** All funding programmes. Answered with a list of {@link FundingProgrammeSummary}. */
public record FindFundingProgrammesQuery() {
}

package org.verbund.funding.api;

/** A funding programme as the read model knows it. */
public record FundingProgrammeSummary(FundingProgrammeId id, String name, FunderLevel funderLevel) {
}

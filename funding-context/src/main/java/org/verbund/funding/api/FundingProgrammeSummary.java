package org.verbund.funding.api;

/**
 * A funding programme as the read model knows it.
 *
 * @param call its latest call, or null
 */
public record FundingProgrammeSummary(FundingProgrammeId id, String name, FunderLevel funderLevel, FundingCall call) {
}

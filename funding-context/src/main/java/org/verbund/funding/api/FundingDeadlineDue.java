package org.verbund.funding.api;

/** The payload the deadline manager delivers when a funding deadline falls due. */
public record FundingDeadlineDue(String key, String scheduleId) {
}

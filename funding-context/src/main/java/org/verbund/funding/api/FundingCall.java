package org.verbund.funding.api;

import java.time.LocalDate;

/** A programme's call for applications: applications to it must be submitted by {@code submissionDeadline}. */
public record FundingCall(String name, LocalDate submissionDeadline) {
}

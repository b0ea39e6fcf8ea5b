package org.verbund.funding.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A funding application was submitted to the funder. */
@Revision("1")
public record FundingApplicationSubmittedEvent(FundingApplicationId applicationId, LocalDate effectiveOn)
        implements ApplicationStatusChange {

    @Override
    public ApplicationStatus status() {
        return ApplicationStatus.SUBMITTED;
    }
}

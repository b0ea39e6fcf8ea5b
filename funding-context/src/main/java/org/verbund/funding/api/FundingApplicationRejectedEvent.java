package org.verbund.funding.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The funder rejected the application. */
@Revision("1")
public record FundingApplicationRejectedEvent(FundingApplicationId applicationId, LocalDate effectiveOn)
        implements ApplicationStatusChange {

    @Override
    public ApplicationStatus status() {
        return ApplicationStatus.REJECTED;
    }
}

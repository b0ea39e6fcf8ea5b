package org.verbund.funding.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A project was closed. */
@Revision("1")
public record FundedProjectClosedEvent(FundingApplicationId applicationId, LocalDate effectiveOn)
        implements ApplicationStatusChange {

    @Override
    public ApplicationStatus status() {
        return ApplicationStatus.CLOSED;
    }
}

package org.verbund.funding.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An approved project started. */
@Revision("1")
public record FundedProjectStartedEvent(FundingApplicationId applicationId, LocalDate effectiveOn)
        implements ApplicationStatusChange {

    @Override
    public ApplicationStatus status() {
        return ApplicationStatus.RUNNING;
    }
}

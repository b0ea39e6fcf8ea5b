package org.verbund.funding.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The funder promised approval. */
@Revision("1")
public record FundingApprovalPromisedEvent(FundingApplicationId applicationId, LocalDate effectiveOn)
        implements ApplicationStatusChange {

    @Override
    public ApplicationStatus status() {
        return ApplicationStatus.APPROVAL_PROMISED;
    }
}

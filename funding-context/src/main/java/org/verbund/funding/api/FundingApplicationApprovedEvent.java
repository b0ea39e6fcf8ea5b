package org.verbund.funding.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.Money;

import java.time.LocalDate;

/** The funder approved the application, with this amount. */
@Revision("1")
public record FundingApplicationApprovedEvent(FundingApplicationId applicationId, Money approvedAmount, LocalDate effectiveOn)
        implements ApplicationStatusChange {

    @Override
    public ApplicationStatus status() {
        return ApplicationStatus.APPROVED;
    }
}

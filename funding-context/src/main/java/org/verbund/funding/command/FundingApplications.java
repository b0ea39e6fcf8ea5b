package org.verbund.funding.command;

import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.FundingApplicationId;

import java.util.Optional;

/** What a new application needs to know about the project it extends. */
interface FundingApplications {

    Optional<ApplicationStatus> statusOf(FundingApplicationId applicationId);
}

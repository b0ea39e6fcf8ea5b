package org.verbund.cooperation.command;

import org.verbund.cooperation.api.PartnershipId;
import org.verbund.funding.api.FundingApplicationId;

/** What visits, contacts and agreements need to know about partnerships and funding when they are recorded. */
public interface CooperationDirectory {

    /** Whether the partnership exists and has not ended. */
    boolean isOpenPartnership(PartnershipId partnershipId);

    /** Whether the funding context knows the application. */
    boolean isFundingApplication(FundingApplicationId applicationId);
}

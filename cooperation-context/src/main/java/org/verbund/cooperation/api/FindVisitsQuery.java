package org.verbund.cooperation.api;

import org.verbund.funding.api.FundingApplicationId;

/** Visits of a partnership, or paid from a funding application (null matches all). List of {@link VisitView}. */
public record FindVisitsQuery(PartnershipId partnershipId, FundingApplicationId fundedBy) {
}

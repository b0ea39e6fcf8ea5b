package org.verbund.cooperation.api;


/** Visits of a partnership, or paid from a funding application (null matches all). List of {@link VisitView}. */
public record FindVisitsQuery(PartnershipId partnershipId, FundingApplicationRef fundedBy) {
}

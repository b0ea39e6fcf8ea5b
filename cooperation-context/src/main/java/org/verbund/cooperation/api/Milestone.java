package org.verbund.cooperation.api;

import java.time.LocalDate;

/**
 * A milestone of the cooperation for dashboards.
 *
 * @param kind  VISIT_HELD, AGREEMENT_SIGNED or GOAL_ACHIEVED
 * @param refId the visit, agreement or goal
 */
public record Milestone(String kind, PartnershipId partnershipId, String refId, String text, LocalDate on) {
}

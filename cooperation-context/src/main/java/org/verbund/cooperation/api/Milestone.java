package org.verbund.cooperation.api;

import java.time.LocalDate;

/**
 * A milestone of the cooperation for dashboards.
 *
 * @param refId the visit, agreement or goal
 * @param text  what it was: the visit's kind and places, the agreement's title, the goal's text
 */
public record Milestone(MilestoneKind kind, PartnershipId partnershipId, String refId, String text, LocalDate on) {
}

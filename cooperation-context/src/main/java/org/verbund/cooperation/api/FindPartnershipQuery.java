package org.verbund.cooperation.api;

/** One partnership, or null. Answered with a {@link PartnershipView}. */
public record FindPartnershipQuery(PartnershipId partnershipId) {
}

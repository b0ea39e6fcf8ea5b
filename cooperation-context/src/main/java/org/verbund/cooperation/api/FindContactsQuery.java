package org.verbund.cooperation.api;

import org.verbund.core.kernel.Actor;

/**
 * The contacts of a partnership per institution, or null when there is no such partnership or the viewer may not
 * read them: contacts hold personal data, so they are read by the organisations taking part, coordinators, auditors
 * and viewers only (personal fields then as their role allows). Answered with {@link PartnershipContacts}.
 */
public record FindContactsQuery(PartnershipId partnershipId, Actor viewer) {
}

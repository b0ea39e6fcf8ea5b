package org.verbund.cooperation.api;

/** The contacts of a partnership per institution. Answered with a list of {@link InstitutionContacts}. */
public record FindContactsQuery(PartnershipId partnershipId) {
}

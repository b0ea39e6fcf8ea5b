package org.verbund.cooperation.api;

import java.util.List;

/** The contacts of a partnership, per institution (ordered by its name). */
public record PartnershipContacts(PartnershipId partnershipId, List<InstitutionContacts> institutions) {
}

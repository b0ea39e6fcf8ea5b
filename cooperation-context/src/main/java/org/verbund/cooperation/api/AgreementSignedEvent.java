package org.verbund.cooperation.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import java.time.LocalDate;
import java.util.List;

/** The agreement was signed. */
@Revision("1")
public record AgreementSignedEvent(AgreementId agreementId, PartnershipId partnershipId, List<OrganisationId> signatories, Period validity, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;

import java.time.LocalDate;
import java.util.List;

/** Records that the agreement was signed (on effectiveOn) by these organisations, valid for a period. */
public record SignAgreementCommand(@TargetAggregateIdentifier AgreementId agreementId, PartnershipId partnershipId,
                                   List<OrganisationId> signatories, Period validity, LocalDate effectiveOn) {
}

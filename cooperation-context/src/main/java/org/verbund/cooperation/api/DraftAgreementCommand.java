package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Drafts an agreement of the partnership. */
public record DraftAgreementCommand(@TargetAggregateIdentifier AgreementId agreementId, PartnershipId partnershipId, String title, LocalDate effectiveOn) {
}

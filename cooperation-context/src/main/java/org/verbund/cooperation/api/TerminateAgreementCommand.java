package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Terminates a signed agreement. */
public record TerminateAgreementCommand(@TargetAggregateIdentifier AgreementId agreementId, PartnershipId partnershipId,
                                        LocalDate effectiveOn) {
}

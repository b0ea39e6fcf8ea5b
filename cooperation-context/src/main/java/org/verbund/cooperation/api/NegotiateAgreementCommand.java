package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Starts negotiating a drafted agreement. */
public record NegotiateAgreementCommand(@TargetAggregateIdentifier AgreementId agreementId, PartnershipId partnershipId,
                                        LocalDate effectiveOn) {
}

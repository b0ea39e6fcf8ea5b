package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Moves the partnership to ACTIVE, SUSPENDED or ENDED. */
public record ChangePartnershipStatusCommand(@TargetAggregateIdentifier PartnershipId partnershipId, PartnershipStatus status, LocalDate effectiveOn) {
}

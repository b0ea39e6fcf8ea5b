package org.verbund.cooperation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Names the funding application that paid for the visit. */
public record LinkVisitFundingCommand(@TargetAggregateIdentifier VisitId visitId, FundingApplicationRef fundedBy, LocalDate effectiveOn) {
}

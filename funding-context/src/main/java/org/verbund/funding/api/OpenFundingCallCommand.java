package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Opens a call of a programme; applications drafted for the programme from now on must be submitted by its deadline. */
public record OpenFundingCallCommand(@TargetAggregateIdentifier FundingProgrammeId programmeId, FundingCall call,
                                     LocalDate effectiveOn) {
}

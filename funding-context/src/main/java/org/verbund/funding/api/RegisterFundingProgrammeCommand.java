package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Registers a funding programme, optionally with its first call (opened in the same commit, effective on
 * {@code callEffectiveOn}, or with the programme if that is null).
 */
public record RegisterFundingProgrammeCommand(@TargetAggregateIdentifier FundingProgrammeId programmeId, String name,
                                              FunderLevel funderLevel, String agency, LocalDate effectiveOn,
                                              FundingCall call, LocalDate callEffectiveOn) {

    /** A programme without a call yet. */
    public RegisterFundingProgrammeCommand(FundingProgrammeId programmeId, String name, FunderLevel funderLevel,
                                           String agency, LocalDate effectiveOn) {
        this(programmeId, name, funderLevel, agency, effectiveOn, null, null);
    }
}

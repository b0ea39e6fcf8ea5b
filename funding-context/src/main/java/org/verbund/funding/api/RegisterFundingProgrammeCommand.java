package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Registers a funding programme, e.g. "Land/ESF" or "EU/ROMACT-Programm". */
public record RegisterFundingProgrammeCommand(@TargetAggregateIdentifier FundingProgrammeId programmeId, String name,
                                              FunderLevel funderLevel, String agency, LocalDate effectiveOn) {
}

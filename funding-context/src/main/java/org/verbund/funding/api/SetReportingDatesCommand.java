package org.verbund.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Sets when an approved project reports on the use of its funds: interim statements and the final statement. Each
 * becomes a deadline of the lead applicant; a date given again unchanged records nothing, a changed date moves it.
 */
public record SetReportingDatesCommand(@TargetAggregateIdentifier FundingApplicationId applicationId,
                                       List<LocalDate> interimStatements, LocalDate finalStatement,
                                       LocalDate effectiveOn) {
}

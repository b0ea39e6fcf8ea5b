package org.verbund.gateway.funding;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.SetReportingDatesCommand;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** The statements of use of an approved project; each becomes a deadline on the lead applicant's task list. */
public record ReportingDatesRequest(@Size(max = 20) List<@NotNull LocalDate> interimStatements,
                                    LocalDate finalStatement, LocalDate effectiveOn,
                                    @Size(max = 1000) String reason) {

    SetReportingDatesCommand toCommand(String applicationId) {
        return new SetReportingDatesCommand(new FundingApplicationId(applicationId), interimStatements, finalStatement,
                                            orToday(effectiveOn));
    }
}

package org.verbund.gateway.funding;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.funding.api.FundingCall;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.OpenFundingCallCommand;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** A call of a programme: applications drafted for it from then on must be submitted by its deadline. */
public record CallRequest(@Size(max = 200) String name, @NotNull LocalDate submissionDeadline, LocalDate effectiveOn) {

    OpenFundingCallCommand toCommand(String programmeId) {
        return new OpenFundingCallCommand(new FundingProgrammeId(programmeId), new FundingCall(name, submissionDeadline),
                                          orToday(effectiveOn));
    }
}

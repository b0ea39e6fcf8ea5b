package org.verbund.gateway.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.funding.api.FunderLevel;
import org.verbund.funding.api.FundingCall;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.RegisterFundingProgrammeCommand;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** Registers a programme, optionally with its first call (both recorded together). */
public record ProgrammeRequest(@NotBlank @Size(max = 200) String name, @NotNull FunderLevel funderLevel,
                               @Size(max = 200) String agency, @Valid CallRequest call, LocalDate effectiveOn,
                               @Size(max = 1000) String reason) {

    RegisterFundingProgrammeCommand toCommand(String id) {
        return new RegisterFundingProgrammeCommand(
                new FundingProgrammeId(id), name, funderLevel, agency, orToday(effectiveOn),
                call == null ? null : new FundingCall(call.name(), call.submissionDeadline()),
                call == null ? null : call.effectiveOn());
    }
}

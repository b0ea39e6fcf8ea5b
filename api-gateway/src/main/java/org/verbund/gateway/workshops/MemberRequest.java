package org.verbund.gateway.workshops;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.gateway.web.ValidId;
import org.verbund.workshop.api.AdmitMemberCommand;
import org.verbund.workshop.api.WorkingGroupId;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

public record MemberRequest(@NotNull @ValidId String organisationId, LocalDate effectiveOn,
                            @Size(max = 1000) String reason) {

    AdmitMemberCommand toCommand(String groupId) {
        return new AdmitMemberCommand(new WorkingGroupId(groupId), new OrganisationId(organisationId),
                                      orToday(effectiveOn));
    }
}

package org.verbund.gateway.workshops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.ValidIds;
import org.verbund.workshop.api.SetUpWorkingGroupCommand;
import org.verbund.workshop.api.WorkingGroupId;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.gateway.web.CommandWrites.orToday;

/**
 * Sets up a working group; it publishes its approved minutes and decisions unless {@code publishesResults} is false.
 */
public record GroupRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 2000) String mandate,
                           @NotNull @ValidId String leadingOrganisationId,
                           @NotNull @ValidId String managingOrganisationId, @NotNull @ValidId String reportsToId,
                           @ValidIds List<String> memberIds, Boolean publishesResults, LocalDate effectiveOn,
                           @Size(max = 1000) String reason) {

    SetUpWorkingGroupCommand toCommand(String id) {
        return new SetUpWorkingGroupCommand(new WorkingGroupId(id), name, mandate,
                                            new OrganisationId(leadingOrganisationId),
                                            new OrganisationId(managingOrganisationId), new OrganisationId(reportsToId),
                                            organisations(memberIds), publishesResults == null || publishesResults,
                                            orToday(effectiveOn));
    }

    static List<OrganisationId> organisations(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(OrganisationId::new).toList();
    }
}

package org.verbund.gateway.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.RenameOrganisationCommand;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

public record RenameOrganisationRequest(@NotBlank @Size(max = 200) String name,
                                        @NotBlank @Size(max = 40) String shortName, LocalDate effectiveOn,
                                        @Size(max = 1000) String reason) {

    RenameOrganisationCommand toCommand(String id) {
        return new RenameOrganisationCommand(new OrganisationId(id), name, shortName, orToday(effectiveOn));
    }
}

package org.verbund.gateway.registry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.ChangeOrganisationKindCommand;
import org.verbund.core.network.api.OrganisationKind;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

public record ChangeOrganisationKindRequest(@NotNull OrganisationKind kind, LocalDate effectiveOn,
                                            @Size(max = 1000) String reason) {

    ChangeOrganisationKindCommand toCommand(String id) {
        return new ChangeOrganisationKindCommand(new OrganisationId(id), kind, orToday(effectiveOn));
    }
}

package org.verbund.gateway.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.OrganisationKind;
import org.verbund.core.network.api.RegisterOrganisationCommand;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** Registers an organisation; {@code effectiveOn} defaults to today. */
public record RegisterOrganisationRequest(@NotBlank @Size(max = 200) String name,
                                          @NotBlank @Size(max = 40) String shortName,
                                          @NotNull OrganisationKind kind, LocalDate effectiveOn,
                                          @Size(max = 1000) String reason) {

    RegisterOrganisationCommand toCommand(String id) {
        return new RegisterOrganisationCommand(new OrganisationId(id), name, shortName, kind, orToday(effectiveOn));
    }
}

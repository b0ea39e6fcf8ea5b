package org.verbund.gateway.cooperation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.verbund.cooperation.api.EstablishPartnershipCommand;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.gateway.web.ValidIds;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** A partnership with a city abroad and the network organisations taking part. */
public record PartnershipRequest(@NotBlank @Size(max = 200) String partnerCity,
                                 @NotBlank @Size(max = 200) String country,
                                 @NotEmpty @ValidIds List<String> participantIds, LocalDate effectiveOn,
                                 @Size(max = 1000) String reason) {

    EstablishPartnershipCommand toCommand(String id) {
        return new EstablishPartnershipCommand(new PartnershipId(id), partnerCity, country,
                                               organisations(participantIds), orToday(effectiveOn));
    }

    static List<OrganisationId> organisations(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(OrganisationId::new).toList();
    }
}

package org.verbund.gateway.cooperation;

import jakarta.validation.constraints.NotNull;
import org.verbund.cooperation.api.JoinPartnershipCommand;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.gateway.web.ValidId;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** Another network organisation takes part in the partnership. */
public record JoinRequest(@NotNull @ValidId String organisationId, LocalDate effectiveOn) {

    JoinPartnershipCommand toCommand(String partnershipId) {
        return new JoinPartnershipCommand(new PartnershipId(partnershipId), new OrganisationId(organisationId),
                                          orToday(effectiveOn));
    }
}

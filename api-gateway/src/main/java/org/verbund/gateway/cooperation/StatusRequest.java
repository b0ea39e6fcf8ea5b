package org.verbund.gateway.cooperation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.cooperation.api.ChangePartnershipStatusCommand;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PartnershipStatus;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

public record StatusRequest(@NotNull PartnershipStatus status, LocalDate effectiveOn, @Size(max = 1000) String reason) {

    ChangePartnershipStatusCommand toCommand(String partnershipId) {
        return new ChangePartnershipStatusCommand(new PartnershipId(partnershipId), status, orToday(effectiveOn));
    }
}

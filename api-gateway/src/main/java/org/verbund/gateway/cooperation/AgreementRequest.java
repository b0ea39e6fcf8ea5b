package org.verbund.gateway.cooperation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.cooperation.api.AgreementId;
import org.verbund.cooperation.api.DraftAgreementCommand;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.gateway.web.ValidId;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

public record AgreementRequest(@NotNull @ValidId String partnershipId, @NotBlank @Size(max = 400) String title,
                               LocalDate effectiveOn) {

    DraftAgreementCommand toCommand(String id) {
        return new DraftAgreementCommand(new AgreementId(id), new PartnershipId(partnershipId), title,
                                         orToday(effectiveOn));
    }
}

package org.verbund.gateway.cooperation;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.verbund.cooperation.api.AgreementId;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.SignAgreementCommand;
import org.verbund.core.kernel.Period;
import org.verbund.gateway.web.ValidIds;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** An agreement was signed by these organisations, valid for a period. */
public record SignRequest(@NotEmpty @ValidIds List<String> signatoryIds, @NotNull Period validity,
                          LocalDate effectiveOn) {

    SignAgreementCommand toCommand(String partnershipId, String agreementId) {
        return new SignAgreementCommand(new AgreementId(agreementId), new PartnershipId(partnershipId),
                                        PartnershipRequest.organisations(signatoryIds), validity,
                                        orToday(effectiveOn));
    }
}

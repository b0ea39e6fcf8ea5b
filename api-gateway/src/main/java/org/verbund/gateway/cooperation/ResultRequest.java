package org.verbund.gateway.cooperation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.verbund.cooperation.api.RecordVisitResultCommand;
import org.verbund.cooperation.api.VisitId;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

public record ResultRequest(@NotBlank @Size(max = 4000) String text, LocalDate effectiveOn) {

    RecordVisitResultCommand toCommand(String visitId, String resultId) {
        return new RecordVisitResultCommand(new VisitId(visitId), resultId, text, orToday(effectiveOn));
    }
}

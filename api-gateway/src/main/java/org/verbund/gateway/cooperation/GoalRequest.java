package org.verbund.gateway.cooperation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.ProposeGoalCommand;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

public record GoalRequest(@NotBlank @Size(max = 1000) String text, LocalDate effectiveOn) {

    ProposeGoalCommand toCommand(String partnershipId, String goalId) {
        return new ProposeGoalCommand(new PartnershipId(partnershipId), goalId, text, orToday(effectiveOn));
    }
}

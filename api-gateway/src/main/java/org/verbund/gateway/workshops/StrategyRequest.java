package org.verbund.gateway.workshops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.verbund.gateway.web.ValidIds;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.ProposeStrategyCommand;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** A strategy addressing challenges of this meeting or of earlier ones of its series. */
public record StrategyRequest(@NotBlank @Size(max = 4000) String text,
                              @NotEmpty @ValidIds List<String> addressesChallenges, LocalDate effectiveOn) {

    ProposeStrategyCommand toCommand(String meetingId, String strategyId) {
        return new ProposeStrategyCommand(new MeetingId(meetingId), strategyId, text, addressesChallenges,
                                          orToday(effectiveOn));
    }
}

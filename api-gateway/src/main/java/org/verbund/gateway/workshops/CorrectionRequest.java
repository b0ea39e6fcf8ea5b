package org.verbund.gateway.workshops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.gateway.web.ValidId;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.ProposeMinutesCorrectionCommand;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** A correction of approved minutes: {@code corrects} is "minutes" or an earlier correction's id. */
public record CorrectionRequest(@NotNull @ValidId String corrects, @Size(max = 4000) String passage,
                                @NotBlank @Size(max = 20000) String text, LocalDate effectiveOn,
                                @Size(max = 1000) String reason) {

    ProposeMinutesCorrectionCommand toCommand(String meetingId, String correctionId) {
        return new ProposeMinutesCorrectionCommand(new MeetingId(meetingId), correctionId, corrects, passage, text,
                                                   orToday(effectiveOn));
    }
}

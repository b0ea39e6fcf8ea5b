package org.verbund.gateway.workshops;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.RescheduleMeetingCommand;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.verbund.gateway.web.CommandWrites.orToday;

public record RescheduleRequest(@NotNull LocalDateTime startsAt, @Size(max = 200) String place, LocalDate effectiveOn,
                                @Size(max = 1000) String reason) {

    RescheduleMeetingCommand toCommand(String meetingId) {
        return new RescheduleMeetingCommand(new MeetingId(meetingId), startsAt, place, orToday(effectiveOn));
    }
}

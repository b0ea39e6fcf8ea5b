package org.verbund.gateway.workshops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.gateway.web.ValidId;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.ScheduleMeetingCommand;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** Schedules a meeting of a group, optionally as a workshop of one of its series. */
public record MeetingRequest(@NotNull @ValidId String groupId, @ValidId String seriesId, Integer workshopNumber,
                             @NotBlank @Size(max = 200) String title, @NotNull LocalDateTime startsAt,
                             @Size(max = 200) String place, LocalDate effectiveOn, @Size(max = 1000) String reason) {

    ScheduleMeetingCommand toCommand(String id) {
        return new ScheduleMeetingCommand(new MeetingId(id), new WorkingGroupId(groupId),
                                          seriesId == null ? null : new WorkshopSeriesId(seriesId), workshopNumber,
                                          title, startsAt, place, orToday(effectiveOn));
    }
}

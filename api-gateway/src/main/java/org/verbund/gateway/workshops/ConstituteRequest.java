package org.verbund.gateway.workshops;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.gateway.web.ValidId;
import org.verbund.workshop.api.ConstituteWorkingGroupCommand;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.WorkingGroupId;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** The group was constituted at its constituent meeting (one of its own). */
public record ConstituteRequest(@NotNull @ValidId String meetingId, LocalDate effectiveOn,
                                @Size(max = 1000) String reason) {

    ConstituteWorkingGroupCommand toCommand(String groupId) {
        return new ConstituteWorkingGroupCommand(new WorkingGroupId(groupId), new MeetingId(meetingId),
                                                 orToday(effectiveOn));
    }
}

package org.verbund.gateway.workshops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.gateway.web.ValidId;
import org.verbund.workshop.api.AssignActorCommand;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.ResponsibleLevel;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** An actor (an institution) with its responsible level, for a strategy of this meeting or its series. */
public record ActorRequest(@NotNull @ValidId String strategyId, @NotBlank @Size(max = 200) String actor,
                           @NotNull ResponsibleLevel level, LocalDate effectiveOn) {

    AssignActorCommand toCommand(String meetingId, String assignmentId) {
        return new AssignActorCommand(new MeetingId(meetingId), assignmentId, strategyId, actor, level,
                                      orToday(effectiveOn));
    }
}

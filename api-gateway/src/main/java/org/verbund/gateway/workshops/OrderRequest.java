package org.verbund.gateway.workshops;

import jakarta.validation.constraints.NotEmpty;
import org.verbund.gateway.web.ValidIds;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.ReorderAgendaCommand;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** A new order of the agenda: every item once. */
public record OrderRequest(@NotEmpty @ValidIds List<String> itemIds, LocalDate effectiveOn) {

    ReorderAgendaCommand toCommand(String meetingId) {
        return new ReorderAgendaCommand(new MeetingId(meetingId), itemIds, orToday(effectiveOn));
    }
}

package org.verbund.gateway.workshops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.gateway.web.ValidId;
import org.verbund.workshop.api.AssignActionItemCommand;
import org.verbund.workshop.api.DecisionId;
import org.verbund.workshop.api.MeetingId;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** An action item with its owner organisation and due date, optionally following a decision of the meeting. */
public record ActionItemRequest(@NotBlank @Size(max = 4000) String text, @ValidId String ownerId, LocalDate dueOn,
                                @ValidId String decisionId, LocalDate effectiveOn) {

    AssignActionItemCommand toCommand(String meetingId, String actionItemId) {
        return new AssignActionItemCommand(new MeetingId(meetingId), actionItemId, text,
                                           ownerId == null ? null : new OrganisationId(ownerId), dueOn,
                                           decisionId == null ? null : new DecisionId(decisionId),
                                           orToday(effectiveOn));
    }
}

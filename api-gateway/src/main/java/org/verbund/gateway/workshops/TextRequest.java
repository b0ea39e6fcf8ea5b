package org.verbund.gateway.workshops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.verbund.workshop.api.AddAgendaItemCommand;
import org.verbund.workshop.api.AmendMinutesCommand;
import org.verbund.workshop.api.DraftMinutesCommand;
import org.verbund.workshop.api.IdentifyChallengeCommand;
import org.verbund.workshop.api.MeetingId;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** A text recorded on a meeting: an agenda item, a challenge, the draft minutes or an amendment of them. */
public record TextRequest(@NotBlank @Size(max = 20000) String text, LocalDate effectiveOn,
                          @Size(max = 1000) String reason) {

    AddAgendaItemCommand toAgendaItem(String meetingId, String itemId) {
        return new AddAgendaItemCommand(new MeetingId(meetingId), itemId, text, orToday(effectiveOn));
    }

    IdentifyChallengeCommand toChallenge(String meetingId, String challengeId) {
        return new IdentifyChallengeCommand(new MeetingId(meetingId), challengeId, text, orToday(effectiveOn));
    }

    DraftMinutesCommand toDraft(String meetingId) {
        return new DraftMinutesCommand(new MeetingId(meetingId), text, orToday(effectiveOn));
    }

    AmendMinutesCommand toAmendment(String meetingId, String amendmentId) {
        return new AmendMinutesCommand(new MeetingId(meetingId), amendmentId, text, orToday(effectiveOn));
    }
}

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
        return new AddAgendaItemCommand(MeetingId.of(meetingId), itemId, text, orToday(effectiveOn));
    }

    IdentifyChallengeCommand toChallenge(String meetingId, String challengeId) {
        return new IdentifyChallengeCommand(MeetingId.of(meetingId), challengeId, text, orToday(effectiveOn));
    }

    DraftMinutesCommand toDraft(String meetingId) {
        return new DraftMinutesCommand(MeetingId.of(meetingId), text, orToday(effectiveOn));
    }

    AmendMinutesCommand toAmendment(String meetingId, String amendmentId) {
        return new AmendMinutesCommand(MeetingId.of(meetingId), amendmentId, text, orToday(effectiveOn));
    }
}

package org.verbund.gateway.workshops;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.gateway.web.ValidId;
import org.verbund.workshop.api.ApproveMinutesCommand;
import org.verbund.workshop.api.ApproveMinutesCorrectionCommand;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MinutesApproval;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** Who approves minutes or a correction: the leading organisation, or the group at its next meeting. */
public record ApprovalRequest(@NotNull MinutesApproval approvedAt, @ValidId String atMeetingId, LocalDate effectiveOn,
                              @Size(max = 1000) String reason) {

    ApproveMinutesCommand toMinutesApproval(String meetingId) {
        return new ApproveMinutesCommand(new MeetingId(meetingId), approvedAt, atMeeting(), orToday(effectiveOn));
    }

    ApproveMinutesCorrectionCommand toCorrectionApproval(String meetingId, String correctionId) {
        return new ApproveMinutesCorrectionCommand(new MeetingId(meetingId), correctionId, approvedAt, atMeeting(),
                                                   orToday(effectiveOn));
    }

    private MeetingId atMeeting() {
        return atMeetingId == null ? null : new MeetingId(atMeetingId);
    }
}

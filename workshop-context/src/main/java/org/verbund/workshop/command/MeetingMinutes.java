package org.verbund.workshop.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.workshop.api.AmendMinutesCommand;
import org.verbund.workshop.api.ApproveMinutesCommand;
import org.verbund.workshop.api.ApproveMinutesCorrectionCommand;
import org.verbund.workshop.api.DraftMinutesCommand;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MinutesAmendedEvent;
import org.verbund.workshop.api.MinutesApproval;
import org.verbund.workshop.api.MinutesApprovedEvent;
import org.verbund.workshop.api.MinutesCorrectionApprovedEvent;
import org.verbund.workshop.api.MinutesCorrectionProposedEvent;
import org.verbund.workshop.api.MinutesDraftedEvent;
import org.verbund.workshop.api.MinutesState;
import org.verbund.workshop.api.ProposeMinutesCorrectionCommand;
import org.verbund.workshop.api.WorkingGroupId;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.verbund.workshop.api.WorkshopRule.CORRECTION_ALREADY_APPROVED;
import static org.verbund.workshop.api.WorkshopRule.CORRECTION_ID_TAKEN;
import static org.verbund.workshop.api.WorkshopRule.CORRECTION_TEXT_REQUIRED;
import static org.verbund.workshop.api.WorkshopRule.CORRECTION_UNKNOWN;
import static org.verbund.workshop.api.WorkshopRule.CORRECTION_UNKNOWN_TARGET;
import static org.verbund.workshop.api.WorkshopRule.MINUTES_ALREADY_DRAFTED;
import static org.verbund.workshop.api.WorkshopRule.MINUTES_APPROVAL_REQUIRED;
import static org.verbund.workshop.api.WorkshopRule.MINUTES_FROZEN;
import static org.verbund.workshop.api.WorkshopRule.MINUTES_NEXT_MEETING_REQUIRED;
import static org.verbund.workshop.api.WorkshopRule.MINUTES_NOT_APPROVED;
import static org.verbund.workshop.api.WorkshopRule.MINUTES_NOT_DRAFTED;
import static org.verbund.workshop.api.WorkshopRule.MINUTES_ONLY_ATTENDEES_AMEND;
import static org.verbund.workshop.api.WorkshopRule.MINUTES_TEXT_REQUIRED;
import static org.verbund.workshop.api.WorkshopRule.MINUTES_UNKNOWN_NEXT_MEETING;

/**
 * A meeting's minutes, part of its {@link Meeting}: drafted once, amended by the organisations that attended, then
 * approved (by the leading organisation, or at a later meeting of the group) and frozen. A later correction is its
 * own event, pointing at what it corrects (the approved minutes or an earlier correction), approved on its own; the
 * approved text stays as it was. Who may do which is the meeting's rule.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class MeetingMinutes {

    /** What a correction may point at besides an earlier correction: the approved minutes themselves. */
    static final String APPROVED_MINUTES = "minutes";

    private MeetingId meetingId;
    private WorkingGroupId groupId;
    private MinutesState state = MinutesState.NONE;
    private String text;
    /** Correction id to whether it is approved. */
    private Map<String, Boolean> corrections = new HashMap<>();

    MeetingMinutes(MeetingId meetingId, WorkingGroupId groupId) {
        this.meetingId = meetingId;
        this.groupId = groupId;
    }

    private MeetingMinutes() {
        // for snapshots
    }

    void draft(DraftMinutesCommand command) {
        if (state != MinutesState.NONE) {
            throw MINUTES_ALREADY_DRAFTED.violation("The minutes were drafted already");
        }
        Required.text(command.text(), MINUTES_TEXT_REQUIRED, "Minutes need a text");
        apply(new MinutesDraftedEvent(meetingId, command.text(), command.effectiveOn()));
    }

    /** An amendment by {@code by}, which must be one of the organisations that attended. */
    void amend(AmendMinutesCommand command, OrganisationId by, boolean attended) {
        requireDraft();
        if (by == null || !attended) {
            throw MINUTES_ONLY_ATTENDEES_AMEND.violation(
                    "Only organisations that attended the meeting amend its minutes");
        }
        Required.text(command.text(), MINUTES_TEXT_REQUIRED, "Minutes need a text");
        apply(new MinutesAmendedEvent(meetingId, command.amendmentId(), by, command.text(), command.effectiveOn()));
    }

    void approve(ApproveMinutesCommand command, WorkshopDirectory directory) {
        requireDraft();
        requireApprovalBy(command.approvedAt(), command.atMeeting(), directory);
        apply(new MinutesApprovedEvent(meetingId, groupId, command.approvedAt(), command.atMeeting(), text,
                                       command.effectiveOn()));
    }

    void proposeCorrection(ProposeMinutesCorrectionCommand command) {
        if (state != MinutesState.APPROVED) {
            throw MINUTES_NOT_APPROVED.violation("Draft minutes are amended; only approved minutes are corrected");
        }
        if (!APPROVED_MINUTES.equals(command.corrects()) && !corrections.containsKey(command.corrects())) {
            throw CORRECTION_UNKNOWN_TARGET.violation("A correction points at the approved minutes (\""
                                                      + APPROVED_MINUTES + "\") or at an earlier correction");
        }
        Required.text(command.text(), CORRECTION_TEXT_REQUIRED, "A correction says what is right");
        Required.newId(command.correctionId(), corrections.containsKey(command.correctionId()), CORRECTION_ID_TAKEN,
                       "A correction needs an id of its own");
        apply(new MinutesCorrectionProposedEvent(meetingId, command.correctionId(), command.corrects(),
                                                 command.passage(), command.text(), command.effectiveOn()));
    }

    void approveCorrection(ApproveMinutesCorrectionCommand command, WorkshopDirectory directory) {
        Boolean approved = corrections.get(command.correctionId());
        if (approved == null) {
            throw CORRECTION_UNKNOWN.violation("There is no correction " + command.correctionId());
        }
        if (approved) {
            throw CORRECTION_ALREADY_APPROVED.violation("The correction was approved already");
        }
        requireApprovalBy(command.approvedAt(), command.atMeeting(), directory);
        apply(new MinutesCorrectionApprovedEvent(meetingId, groupId, command.correctionId(), command.approvedAt(),
                                                 command.atMeeting(), command.effectiveOn()));
    }

    private void requireDraft() {
        if (state == MinutesState.APPROVED) {
            throw MINUTES_FROZEN.violation("Approved minutes are frozen; propose a correction instead");
        }
        if (state == MinutesState.NONE) {
            throw MINUTES_NOT_DRAFTED.violation("There are no draft minutes yet");
        }
    }

    /** Approval by the leading organisation, or at another meeting of the group. */
    private void requireApprovalBy(MinutesApproval approvedAt, MeetingId atMeeting, WorkshopDirectory directory) {
        if (approvedAt == null) {
            throw MINUTES_APPROVAL_REQUIRED.violation("Say who approves: LEADING_ORGANISATION or NEXT_MEETING");
        }
        if (approvedAt == MinutesApproval.NEXT_MEETING && (atMeeting == null || atMeeting.equals(meetingId))) {
            throw MINUTES_NEXT_MEETING_REQUIRED.violation("Approval at the next meeting names that (other) meeting");
        }
        if (atMeeting != null && directory.groupOfMeeting(atMeeting).filter(groupId::equals).isEmpty()) {
            throw MINUTES_UNKNOWN_NEXT_MEETING.violation("The group has no meeting " + atMeeting);
        }
    }

    @EventSourcingHandler
    void on(MinutesDraftedEvent event) {
        state = MinutesState.DRAFT;
        text = event.text();
    }

    @EventSourcingHandler
    void on(MinutesAmendedEvent event) {
        text = event.text();
    }

    @EventSourcingHandler
    void on(MinutesApprovedEvent event) {
        state = MinutesState.APPROVED;
    }

    @EventSourcingHandler
    void on(MinutesCorrectionProposedEvent event) {
        corrections.put(event.correctionId(), false);
    }

    @EventSourcingHandler
    void on(MinutesCorrectionApprovedEvent event) {
        corrections.put(event.correctionId(), true);
    }
}

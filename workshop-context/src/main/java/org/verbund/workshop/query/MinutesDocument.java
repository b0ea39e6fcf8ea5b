package org.verbund.workshop.query;

import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MeetingView.Correction;
import org.verbund.workshop.api.MeetingView.Version;
import org.verbund.workshop.api.MeetingView;
import org.verbund.workshop.api.MinutesApproval;
import org.verbund.workshop.api.MinutesCorrectionApprovedEvent;
import org.verbund.workshop.api.MinutesState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.verbund.core.readmodel.JsonDocuments.replaceOrAdd;

/** A meeting's minutes inside its {@link MeetingDocument}: the current text, every version, approval, corrections. */
final class MinutesDocument {

    public MinutesState state = MinutesState.NONE;
    /** The current draft, or the approved text. */
    public String text;
    public List<Version> versions = new ArrayList<>();
    public MinutesApproval approvedAt;
    public MeetingId approvedAtMeeting;
    public LocalDate approvedOn;
    public List<Correction> corrections = new ArrayList<>();

    void drafted(String draft, LocalDate on) {
        state = MinutesState.DRAFT;
        text = draft;
        versions.removeIf(version -> version.amendmentId() == null);
        versions.add(0, new Version(null, null, draft, on));
    }

    void amended(Version amendment) {
        text = amendment.text();
        replaceOrAdd(versions, version -> amendment.amendmentId().equals(version.amendmentId()), amendment);
    }

    void approved(String approvedText, MinutesApproval by, MeetingId atMeeting, LocalDate on) {
        state = MinutesState.APPROVED;
        text = approvedText;
        approvedAt = by;
        approvedAtMeeting = atMeeting;
        approvedOn = on;
    }

    void correctionProposed(Correction correction) {
        replaceOrAdd(corrections, existing -> existing.id().equals(correction.id()), correction);
    }

    void correctionApproved(MinutesCorrectionApprovedEvent event) {
        corrections.replaceAll(correction -> !correction.id().equals(event.correctionId()) ? correction
                : new Correction(correction.id(), correction.corrects(), correction.passage(), correction.text(),
                                 correction.proposedOn(), true, event.approvedAt(), event.atMeeting(),
                                 event.effectiveOn()));
    }

    MeetingView.Minutes whole() {
        return new MeetingView.Minutes(state, text, List.copyOf(versions), approvedAt, approvedAtMeeting, approvedOn,
                                       List.copyOf(corrections));
    }

    /** Approved minutes with their approved corrections, without the drafts; nothing before they are approved. */
    MeetingView.Minutes published() {
        if (state != MinutesState.APPROVED) {
            return new MeetingView.Minutes(MinutesState.NONE, null, List.of(), null, null, null, List.of());
        }
        return new MeetingView.Minutes(state, text, List.of(), approvedAt, approvedAtMeeting, approvedOn,
                                       corrections.stream().filter(Correction::approved).toList());
    }
}

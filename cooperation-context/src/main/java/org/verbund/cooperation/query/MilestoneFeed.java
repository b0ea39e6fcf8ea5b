package org.verbund.cooperation.query;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.verbund.cooperation.api.Milestone;
import org.verbund.cooperation.api.MilestoneKind;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.core.readmodel.SequencedDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The milestone feed, as stored in {@code cooperation_milestones} (one document: a network reaches a few milestones
 * a year). Each entry is made by one event, guarded by its aggregate's sequence number in the feed's {@code applied}.
 */
final class MilestoneFeed extends SequencedDocument {

    static final String ID = "feed";

    public List<Entry> milestones = new ArrayList<>();

    /** A milestone; entries stored before the guard moved to the feed carry a {@code version}, ignored now. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Entry {
        public MilestoneKind kind;
        public PartnershipId partnershipId;
        public String refId;
        public String text;
        public LocalDate on;

        boolean marks(MilestoneKind kind, PartnershipId partnershipId, String refId) {
            return this.kind == kind && this.partnershipId.equals(partnershipId) && this.refId.equals(refId);
        }

        Milestone view() {
            return new Milestone(kind, partnershipId, refId, text, on);
        }
    }

    /** Puts the milestone in place of the one it marks again (a goal achieved anew), or adds it. */
    void add(Milestone milestone) {
        milestones.removeIf(found -> found.marks(milestone.kind(), milestone.partnershipId(), milestone.refId()));
        Entry entry = new Entry();
        entry.kind = milestone.kind();
        entry.partnershipId = milestone.partnershipId();
        entry.refId = milestone.refId();
        entry.text = milestone.text();
        entry.on = milestone.on();
        milestones.add(entry);
    }
}

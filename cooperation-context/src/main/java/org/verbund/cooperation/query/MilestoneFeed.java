package org.verbund.cooperation.query;

import org.verbund.cooperation.api.Milestone;
import org.verbund.cooperation.api.MilestoneKind;
import org.verbund.cooperation.api.PartnershipId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The milestone feed, as stored in {@code cooperation_milestones} (one document: a network reaches a few milestones
 * a year). Each entry is made by one event and guarded by its sequence number.
 */
final class MilestoneFeed {

    static final String ID = "feed";

    public List<Entry> milestones = new ArrayList<>();

    static final class Entry extends Sequenced {
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

    /** Adds the milestone the event at {@code sequence} marks, unless it took that event before; returns if added. */
    boolean add(Milestone milestone, long sequence) {
        Entry entry = milestones.stream()
                                .filter(found -> found.marks(milestone.kind(), milestone.partnershipId(),
                                                             milestone.refId()))
                                .findFirst().orElseGet(Entry::new);
        if (!entry.takes(sequence)) {
            return false;
        }
        milestones.remove(entry);
        entry.kind = milestone.kind();
        entry.partnershipId = milestone.partnershipId();
        entry.refId = milestone.refId();
        entry.text = milestone.text();
        entry.on = milestone.on();
        return milestones.add(entry);
    }
}

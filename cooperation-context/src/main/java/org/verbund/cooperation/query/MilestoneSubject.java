package org.verbund.cooperation.query;

import org.verbund.core.readmodel.SequencedDocument;

/**
 * What a milestone will be about, as stored in {@code cooperation_milestone_subjects} by the key of its visit,
 * agreement or goal: remembered from the event that named it (a visit's kind and places, an agreement's title, a
 * goal's text) for the event that later marks the milestone.
 */
final class MilestoneSubject extends SequencedDocument {

    public String text;

    static String visit(String visitId) {
        return "visit:" + visitId;
    }

    static String agreement(String agreementId) {
        return "agreement:" + agreementId;
    }

    static String goal(String partnershipId, String goalId) {
        return "goal:" + partnershipId + ":" + goalId;
    }
}

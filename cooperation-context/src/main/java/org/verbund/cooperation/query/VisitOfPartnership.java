package org.verbund.cooperation.query;

import org.verbund.cooperation.api.PartnershipId;
import org.verbund.core.readmodel.SequencedDocument;

/**
 * Which partnership a visit belongs to, as stored in {@code cooperation_visit_partnerships} by visit id: for the
 * visit events that do not name it, so the partnership's timeline is found by a key lookup.
 */
final class VisitOfPartnership extends SequencedDocument {

    public PartnershipId partnershipId;
}

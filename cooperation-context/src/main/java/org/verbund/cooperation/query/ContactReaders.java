package org.verbund.cooperation.query;

import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Role;
import org.verbund.core.readmodel.SequencedDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may read a partnership's contacts, as stored in {@code cooperation_contact_readers} by partnership id: the
 * organisations taking part (from the partnership's events); besides them coordinators, auditors and viewers.
 */
final class ContactReaders extends SequencedDocument {

    public List<OrganisationId> participants = new ArrayList<>();

    boolean include(Actor viewer) {
        boolean overseer = viewer.coordinates() || viewer.role() == Role.AUDITOR || viewer.role() == Role.VIEWER;
        return overseer || viewer.organisation() != null && participants.contains(viewer.organisation());
    }
}

package org.verbund.core.network.query;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.OrganisationKind;
import org.verbund.core.network.api.OrganisationRegisteredEvent;
import org.verbund.core.network.api.OrganisationSummary;
import org.verbund.core.readmodel.SequencedDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One organisation as stored in {@code organisations}, keyed by its id; its {@code version} is the sequence number of
 * the last of its events applied (the guard's, see {@code SequencedDocuments}), stored as the record kept it before.
 */
final class OrganisationDocument extends SequencedDocument {

    public String name;
    public String shortName;
    public OrganisationKind kind;
    public boolean active;
    public List<OrganisationId> coordinationBodies = new ArrayList<>();
    public LocalDate registeredOn;

    static OrganisationDocument registered(OrganisationRegisteredEvent event) {
        OrganisationDocument organisation = new OrganisationDocument();
        organisation.name = event.name();
        organisation.shortName = event.shortName();
        organisation.kind = event.kind();
        organisation.active = true;
        organisation.registeredOn = event.effectiveOn();
        return organisation;
    }

    OrganisationSummary answer(OrganisationId id) {
        return new OrganisationSummary(id, name, shortName, kind, active, List.copyOf(coordinationBodies),
                                       registeredOn, version);
    }
}

package org.verbund.core.network.query;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.network.api.OrganisationKind;
import org.verbund.core.network.api.OrganisationSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One organisation as stored in {@code organisations}, keyed by its id. {@code version} is the sequence number of the
 * last of its events applied: the guard that makes a repeated event change nothing.
 */
record OrganisationDocument(String name, String shortName, OrganisationKind kind, boolean active,
                            List<OrganisationId> coordinationBodies, LocalDate registeredOn, long version) {

    OrganisationDocument renamed(String newName, String newShortName, long sequence) {
        return new OrganisationDocument(newName, newShortName, kind, active, coordinationBodies, registeredOn, sequence);
    }

    OrganisationDocument ofKind(OrganisationKind newKind, long sequence) {
        return new OrganisationDocument(name, shortName, newKind, active, coordinationBodies, registeredOn, sequence);
    }

    OrganisationDocument joined(OrganisationId body, long sequence) {
        List<OrganisationId> bodies = new ArrayList<>(coordinationBodies);
        bodies.add(body);
        return new OrganisationDocument(name, shortName, kind, active, List.copyOf(bodies), registeredOn, sequence);
    }

    OrganisationDocument left(OrganisationId body, long sequence) {
        List<OrganisationId> bodies = new ArrayList<>(coordinationBodies);
        bodies.remove(body);
        return new OrganisationDocument(name, shortName, kind, active, List.copyOf(bodies), registeredOn, sequence);
    }

    OrganisationDocument deactivated(long sequence) {
        return new OrganisationDocument(name, shortName, kind, false, coordinationBodies, registeredOn, sequence);
    }

    OrganisationSummary answer(OrganisationId id) {
        return new OrganisationSummary(id, name, shortName, kind, active, coordinationBodies, registeredOn, version);
    }
}

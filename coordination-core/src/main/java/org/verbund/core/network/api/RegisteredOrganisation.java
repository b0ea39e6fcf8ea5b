package org.verbund.core.network.api;

import org.verbund.core.kernel.OrganisationId;

/**
 * An organisation as the write side sees it, from its own events.
 *
 * @param active whether it is still active (not deactivated)
 */
public record RegisteredOrganisation(OrganisationId id, OrganisationKind kind, boolean active) {

    public boolean isActiveCoordinationBody() {
        return active && kind == OrganisationKind.COORDINATION_BODY;
    }
}

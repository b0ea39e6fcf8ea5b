package org.verbund.core.network.command;

import org.verbund.core.kernel.OrganisationId;

/** Tells the Organisation aggregate whether another organisation is an active coordination body it may join. */
public interface CoordinationBodies {

    boolean isActiveCoordinationBody(OrganisationId organisationId);
}

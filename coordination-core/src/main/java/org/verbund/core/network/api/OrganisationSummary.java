package org.verbund.core.network.api;

import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;
import java.util.List;

/**
 * An organisation as the registry knows it now.
 *
 * @param version            the aggregate version (sequence number of its latest event), for {@code If-Match}
 * @param coordinationBodies the coordination bodies it is a member of
 */
public record OrganisationSummary(OrganisationId id, String name, String shortName, OrganisationKind kind,
                                  boolean active, List<OrganisationId> coordinationBodies, LocalDate registeredOn,
                                  long version) {
}

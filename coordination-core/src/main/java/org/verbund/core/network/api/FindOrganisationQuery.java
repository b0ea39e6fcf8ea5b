package org.verbund.core.network.api;

import org.verbund.core.kernel.OrganisationId;

/** One organisation. Answered with its {@link OrganisationSummary}, or null when there is none. */
public record FindOrganisationQuery(OrganisationId organisationId) {
}

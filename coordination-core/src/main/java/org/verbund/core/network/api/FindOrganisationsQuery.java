package org.verbund.core.network.api;

/** All organisations of the network, by name. Answered with a list of {@link OrganisationSummary}. */
public record FindOrganisationsQuery() {
}

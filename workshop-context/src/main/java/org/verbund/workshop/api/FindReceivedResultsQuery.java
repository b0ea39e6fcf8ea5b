package org.verbund.workshop.api;

import org.verbund.core.kernel.OrganisationId;

/** What a body received from working groups. Answered with a {@link ReceivedResultsView} (empty if nothing). */
public record FindReceivedResultsQuery(OrganisationId body) {
}

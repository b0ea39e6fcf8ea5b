package org.verbund.workshop.api;

import org.verbund.core.kernel.OrganisationId;

/** An organisation that did not agree with a decision, with its note. */
public record Dissent(OrganisationId organisation, String note) {
}

package org.verbund.workshop.api;

import org.verbund.core.kernel.OrganisationId;

/**
 * An organisation's action items: overdue first, then open ones by due date, then done and dropped ones. Answered
 * with a list of {@link ActionItemEntry} (updates: the whole list again).
 */
public record FindActionItemsQuery(OrganisationId owner) {
}

package org.verbund.funding.api;

import org.verbund.core.kernel.OrganisationId;

/** An organisation's task list: its open funding deadlines, overdue ones first, then by due date. */
public record FindFundingTasksQuery(OrganisationId organisationId) {
}

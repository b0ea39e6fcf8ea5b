package org.verbund.funding.api;

import org.verbund.core.kernel.OrganisationId;

/**
 * The applications matching every given filter (a null filter matches all): in this status, of this programme, with
 * this organisation as lead applicant or partner. Answered with a list of {@link FundingApplicationSummary}.
 */
public record FindFundingApplicationsQuery(ApplicationStatus status, FundingProgrammeId programmeId,
                                           OrganisationId organisationId) {
}

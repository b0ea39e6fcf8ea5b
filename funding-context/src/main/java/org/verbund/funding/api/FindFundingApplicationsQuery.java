package org.verbund.funding.api;

import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;

import java.util.Objects;

/**
 * The applications {@code viewer} may see that match every given filter (a null filter matches all): in this status,
 * of this programme, with this organisation as lead applicant or partner. Answered with a list of
 * {@link FundingApplicationSummary}; coordinators see every application, others those their organisation leads or
 * implements.
 */
public record FindFundingApplicationsQuery(ApplicationStatus status, FundingProgrammeId programmeId,
                                           OrganisationId organisationId, Actor viewer) {

    public FindFundingApplicationsQuery {
        Objects.requireNonNull(viewer, "viewer");
    }
}

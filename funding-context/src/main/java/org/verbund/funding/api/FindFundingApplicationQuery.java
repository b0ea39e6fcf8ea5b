package org.verbund.funding.api;

import org.verbund.core.kernel.Actor;

import java.util.Objects;

/**
 * One funding application, as {@code viewer} may see it. Answered with its {@link FundingApplicationSummary}, or null
 * when there is none or the viewer may not see it (coordinators see every application, others those their
 * organisation leads or implements).
 */
public record FindFundingApplicationQuery(FundingApplicationId applicationId, Actor viewer) {

    public FindFundingApplicationQuery {
        Objects.requireNonNull(viewer, "viewer");
    }
}

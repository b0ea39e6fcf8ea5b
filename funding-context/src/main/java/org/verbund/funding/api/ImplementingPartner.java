package org.verbund.funding.api;

import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;

import java.util.Objects;

/** An organisation implementing a project, with its share of the amount and of the staff positions if known. */
public record ImplementingPartner(OrganisationId organisationId, Money amountShare, FteShare positions) {

    public ImplementingPartner {
        Objects.requireNonNull(organisationId, "organisationId");
    }
}

package org.verbund.funding.query;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.readmodel.SequencedDocument;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.FundingApplicationDraftedEvent;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.LeadAttribution;

/**
 * An application as the portfolio counts it, in {@code funding_applications} keyed by the application. Documents
 * stored before the application's details had a read model of their own hold those details too: they are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
final class PortfolioEntry extends SequencedDocument {

    public FundingProgrammeId programmeId;
    public OrganisationId leadApplicant;
    public LeadAttribution leadAttribution;
    public ApplicationStatus status;
    public Money requested;
    /** Null until approved. */
    public Money approved;

    /** For the mapper. */
    private PortfolioEntry() {
    }

    PortfolioEntry(FundingApplicationDraftedEvent drafted) {
        programmeId = drafted.programmeId();
        leadApplicant = drafted.leadApplicant();
        leadAttribution = drafted.leadAttribution() == null ? LeadAttribution.NONE : drafted.leadAttribution();
        status = ApplicationStatus.DRAFT;
        requested = drafted.requestedAmount();
    }

    /** The amount it counts with: the approved amount once approved, the requested amount before. */
    Money amount() {
        return approved != null ? approved : requested;
    }
}

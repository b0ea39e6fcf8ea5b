package org.verbund.cooperation.api;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.core.readmodel.Versioned;
import org.verbund.funding.api.FundingApplicationId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A partnership with its goals, the timeline of its visits and its agreements. */
public final class PartnershipView implements Versioned {

    /** The aggregate's version this view shows (its {@code ETag}). */
    public long version;

    public PartnershipId id;
    public String partnerCity;
    public String country;
    public List<OrganisationId> participants = new ArrayList<>();
    public PartnershipStatus status;
    public LocalDate statusSince;
    public List<Goal> goals = new ArrayList<>();
    /** Ordered by start date. */
    public List<VisitRef> visits = new ArrayList<>();
    public List<AgreementRef> agreements = new ArrayList<>();

    public static final class Goal {
        public String id;
        public String text;
        public GoalState state;
        public LocalDate since;
    }

    public static final class VisitRef {
        public VisitId id;
        public VisitKind kind;
        public Period period;
        public VisitStatus status;
        public FundingApplicationId fundedBy;
    }

    /** An agreement; {@code validNow} is computed when asked (signed, not terminated, today within its validity). */
    public static final class AgreementRef {
        public AgreementId id;
        public String title;
        public AgreementStatus status;
        public List<OrganisationId> signatories = new ArrayList<>();
        public Period validity;
        public LocalDate signedOn;
        public LocalDate terminatedOn;
        public boolean validNow;
    }

    /** Whether the organisation takes part. */
    public boolean hasParticipant(OrganisationId organisation) {
        return participants.contains(organisation);
    }

    @Override
    public void stampVersion(long version) {
        this.version = version;
    }
}

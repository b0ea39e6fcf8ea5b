package org.verbund.cooperation.api;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;

import java.time.LocalDate;
import java.util.List;

/**
 * A partnership with its goals, the timeline of its visits and its agreements.
 *
 * @param version the partnership aggregate's version this view shows (its {@code ETag})
 * @param visits  ordered by start date
 */
public record PartnershipView(long version, PartnershipId id, String partnerCity, String country,
                              List<OrganisationId> participants, PartnershipStatus status, LocalDate statusSince,
                              List<Goal> goals, List<VisitRef> visits, List<AgreementRef> agreements) {

    /** A goal and since when it is in its state. */
    public record Goal(String id, String text, GoalState state, LocalDate since) {
    }

    /** A visit on the partnership's timeline. */
    public record VisitRef(VisitId id, VisitKind kind, Period period, VisitStatus status,
                           FundingApplicationRef fundedBy) {
    }

    /**
     * An agreement.
     *
     * @param validNow computed when asked: signed, and today within its validity
     */
    public record AgreementRef(AgreementId id, String title, AgreementStatus status, List<OrganisationId> signatories,
                               Period validity, LocalDate signedOn, LocalDate terminatedOn, boolean validNow) {
    }
}

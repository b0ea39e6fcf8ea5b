package org.verbund.cooperation.api;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit: its dates, places, organisations and people, the talks held, its results and what paid for it.
 *
 * @param version the visit aggregate's version this view shows (its {@code ETag})
 */
public record VisitView(long version, VisitId id, PartnershipId partnershipId, VisitKind kind, Period period,
                        List<String> places, List<OrganisationId> organisations, VisitStatus status, LocalDate heldOn,
                        FundingApplicationRef fundedBy, List<Talk> talks, List<Result> results,
                        List<Participant> people) {

    /** A talk with an institution during the visit. */
    public record Talk(String id, String institution, InstitutionLevel level, String topic) {
    }

    /** A result of the visit. */
    public record Result(String id, String text) {
    }

    /** A person who took part; {@code name} is personal data. */
    public record Participant(PersonRef person, PersonalText name, OrganisationId onBehalfOf) {
    }
}

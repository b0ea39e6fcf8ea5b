package org.verbund.cooperation.query;

import org.verbund.cooperation.api.FundingApplicationRef;
import org.verbund.cooperation.api.PartnershipEstablishedEvent;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.VisitId;
import org.verbund.cooperation.api.VisitKind;
import org.verbund.cooperation.api.VisitPlannedEvent;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;

import java.time.LocalDate;
import java.util.List;

/** Events of the report's Dortmund-Plovdiv partnership, as the read-model tests feed them. */
final class CooperationEvents {

    static final PartnershipId PLOVDIV = new PartnershipId("dortmund-plovdiv");
    static final OrganisationId ISB = new OrganisationId("isb");
    static final OrganisationId CARITAS = new OrganisationId("caritasverband");
    static final FundingApplicationRef ERASMUS = new FundingApplicationRef("report-2017-22");
    static final FundingApplicationRef ROMACT = new FundingApplicationRef("report-2017-23");
    static final VisitId OCTOBER = new VisitId("visit-2016-10-delegation-dortmund");
    static final VisitId MARCH = new VisitId("visit-2017-03-working-visit");
    static final LocalDate ON = LocalDate.of(2017, 3, 24);

    static PartnershipEstablishedEvent established() {
        return new PartnershipEstablishedEvent(PLOVDIV, "Plovdiv", "Bulgarien", List.of(ISB),
                                               LocalDate.of(2015, 2, 27));
    }

    static VisitPlannedEvent octoberPlanned() {
        return new VisitPlannedEvent(OCTOBER, PLOVDIV, VisitKind.OUTGOING_DELEGATION,
                                     new Period(LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 14)),
                                     List.of("Plovdiv"), List.of(ISB), ERASMUS, LocalDate.of(2016, 8, 10));
    }

    static VisitPlannedEvent marchPlanned() {
        return new VisitPlannedEvent(MARCH, PLOVDIV, VisitKind.WORKING_VISIT,
                                     new Period(LocalDate.of(2017, 3, 20), LocalDate.of(2017, 3, 24)),
                                     List.of("Sofia", "Plovdiv"), List.of(ISB), null, LocalDate.of(2017, 1, 20));
    }

    private CooperationEvents() {
    }
}

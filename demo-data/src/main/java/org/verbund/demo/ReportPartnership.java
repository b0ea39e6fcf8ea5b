package org.verbund.demo;

import org.verbund.cooperation.api.ContactRole;
import org.verbund.cooperation.api.EstablishContactCommand;
import org.verbund.cooperation.api.EstablishPartnershipCommand;
import org.verbund.cooperation.api.FundingApplicationRef;
import org.verbund.cooperation.api.HoldVisitCommand;
import org.verbund.cooperation.api.InstitutionLevel;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.PlanVisitCommand;
import org.verbund.cooperation.api.ProposeGoalCommand;
import org.verbund.cooperation.api.RecordVisitResultCommand;
import org.verbund.cooperation.api.RecordVisitTalkCommand;
import org.verbund.cooperation.api.VisitId;
import org.verbund.cooperation.api.VisitKind;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;

import java.time.LocalDate;
import java.util.List;

/**
 * The Dortmund-Plovdiv partnership of the report (section 6.2.4): its three goals, the Bulgarian delegation in
 * Dortmund (February 2015), the Dortmund delegation in Plovdiv paid from ERASMUS (October 2016) and the working visit
 * paid from ROMACT with talks at the German embassy and the national council NCCEII in Sofia (March 2017). The report
 * gives months, not days: the days are examples, and so are the two contacts ("Beispiel").
 */
final class ReportPartnership {

    static final PartnershipId PLOVDIV = new PartnershipId("dortmund-plovdiv");
    /** The report's ERASMUS and ROMACT projects, lines 22 and 23 of the portfolio. */
    private static final FundingApplicationRef ERASMUS = new FundingApplicationRef(ReportIds.application(22).value());
    private static final FundingApplicationRef ROMACT = new FundingApplicationRef(ReportIds.application(23).value());
    private static final List<OrganisationId> PARTICIPANTS = List.of(
            new OrganisationId("isb"), new OrganisationId("sozialdezernat"), new OrganisationId("caritasverband"),
            new OrganisationId("dw"), new OrganisationId("dobeq"), new OrganisationId("grunbau"));

    private final DemoCommands commands;

    ReportPartnership(DemoCommands commands) {
        this.commands = commands;
    }

    void load() {
        commands.createThen(new EstablishPartnershipCommand(PLOVDIV, "Plovdiv", "Bulgarien", PARTICIPANTS,
                                                            LocalDate.of(2015, 2, 27)), this::goalsVisitsAndContacts);
    }

    private void goalsVisitsAndContacts() {
        LocalDate ideas = LocalDate.of(2015, 3, 1);
        commands.send(new ProposeGoalCommand(PLOVDIV, "goal-fachkraefteaustausch",
                "Fachlicher Austausch von Fachkräften", ideas));
        commands.send(new ProposeGoalCommand(PLOVDIV, "goal-beratungsangebot",
                "Beratungsangebot für Ausreisewillige und Remigrant/innen in Plovdiv", ideas));
        commands.send(new ProposeGoalCommand(PLOVDIV, "goal-sozialgewerbe",
                "Unterstützung sozialgewerblicher Betriebsstrukturen, vor allem für die in Stolipinovo lebenden "
                + "Menschen", ideas));

        visit("visit-2015-02-delegation-plovdiv", VisitKind.INCOMING_DELEGATION,
              new Period(LocalDate.of(2015, 2, 23), LocalDate.of(2015, 2, 26)), List.of("Dortmund"), null);
        VisitId october = visit("visit-2016-10-delegation-dortmund", VisitKind.OUTGOING_DELEGATION,
                                new Period(LocalDate.of(2016, 10, 10), LocalDate.of(2016, 10, 14)), List.of("Plovdiv"),
                                ERASMUS);
        commands.send(new RecordVisitResultCommand(october, "result-kontakte",
                "Kontakte auf staatlicher und NGO-Ebene vertieft und neue geknüpft; Ansprechpartner/innen in "
                + "fachlichen Fragen und für die Koordination benannt", LocalDate.of(2016, 10, 14)));
        VisitId march = visit("visit-2017-03-working-visit", VisitKind.WORKING_VISIT,
                              new Period(LocalDate.of(2017, 3, 20), LocalDate.of(2017, 3, 24)),
                              List.of("Sofia", "Plovdiv"), ROMACT);
        LocalDate sofia = LocalDate.of(2017, 3, 20);
        commands.send(new RecordVisitTalkCommand(march, "talk-botschaft", "Deutsche Botschaft Sofia",
                InstitutionLevel.STATE, "Austausch mit dem deutschen Botschafter: Unterstützung der transnationalen "
                + "Kooperation", sofia));
        commands.send(new RecordVisitTalkCommand(march, "talk-ncceii",
                "Nationaler Rat für Ethnische Integration (NCCEII), Sofia", InstitutionLevel.STATE,
                "Arbeitsgespräch zur geplanten transnationalen Kooperation", sofia));
        commands.send(new RecordVisitTalkCommand(march, "talk-ngos", "NGO-Akteure in Plovdiv",
                InstitutionLevel.NGO, "Konkrete Umsetzungsmöglichkeiten", LocalDate.of(2017, 3, 22)));
        commands.send(new RecordVisitResultCommand(march, "result-umsetzung",
                "Umsetzungsmöglichkeiten mit NGO-Akteuren in Plovdiv eruiert", LocalDate.of(2017, 3, 24)));

        contact("example-contact-koordination", "Stadtverwaltung Plovdiv (Beispiel)", InstitutionLevel.MUNICIPAL,
                ContactRole.COORDINATION, List.of("Koordination"), "Beispielname Koordination", october);
        contact("example-contact-rueckkehr", "NGO in Plovdiv (Beispiel)", InstitutionLevel.NGO, ContactRole.TOPIC,
                List.of("Rückkehrberatung"), "Beispielname Rückkehrberatung", october);
    }

    /** Planned two months ahead and held on its last day. */
    private VisitId visit(String id, VisitKind kind, Period period, List<String> places, FundingApplicationRef paidBy) {
        VisitId visit = new VisitId(id);
        commands.send(new PlanVisitCommand(visit, PLOVDIV, kind, period, places, PARTICIPANTS.subList(0, 3),
                                                  paidBy, period.from().minusMonths(2)));
        commands.send(new HoldVisitCommand(visit, period.to()));
        return visit;
    }

    private void contact(String id, String institution, InstitutionLevel level, ContactRole role, List<String> topics,
                         String name, VisitId during) {
        PersonRef contact = PersonRef.of(id);
        commands.send(new EstablishContactCommand(contact, PLOVDIV, institution, level, role, topics,
                PersonalText.of(contact, name), PersonalText.of(contact, id + "@example.org"), null, during,
                LocalDate.of(2016, 10, 14)));
    }
}

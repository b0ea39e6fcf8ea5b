package org.verbund.demo;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.workshop.api.ApproveMinutesCommand;
import org.verbund.workshop.api.AssignActionItemCommand;
import org.verbund.workshop.api.AssignActorCommand;
import org.verbund.workshop.api.ConstituteWorkingGroupCommand;
import org.verbund.workshop.api.DecisionId;
import org.verbund.workshop.api.DraftMinutesCommand;
import org.verbund.workshop.api.HoldMeetingCommand;
import org.verbund.workshop.api.IdentifyChallengeCommand;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MinutesApproval;
import org.verbund.workshop.api.PlanWorkshopSeriesCommand;
import org.verbund.workshop.api.ProposeStrategyCommand;
import org.verbund.workshop.api.RecordAttendanceCommand;
import org.verbund.workshop.api.RecordDecisionCommand;
import org.verbund.workshop.api.ResponsibleLevel;
import org.verbund.workshop.api.ScheduleMeetingCommand;
import org.verbund.workshop.api.SetUpWorkingGroupCommand;
import org.verbund.workshop.api.TransferId;
import org.verbund.workshop.api.TransferResultsCommand;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.Workshop;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The report's working group (section 6.1.1.4): "AK Handlungsrahmen Flüchtlinge", led and managed by MIA-DO-KI,
 * reporting to the Koordinierungsgruppe Neuzuwanderung, constituted on 2017-04-27, with its three-workshop series.
 * The report gives the group, its constituent meeting and the workshops' foci; the workshop dates, people, outcomes,
 * decisions and action items below are illustrative examples, and say so ("Beispiel").
 */
final class ReportWorkingGroup {

    static final WorkingGroupId GROUP = new WorkingGroupId("ak-handlungsrahmen-fluechtlinge");
    static final WorkshopSeriesId SERIES = new WorkshopSeriesId("ak-handlungsrahmen-fluechtlinge-workshops-2017");
    static final MeetingId CONSTITUENT = new MeetingId("ak-handlungsrahmen-fluechtlinge-2017-04-27");
    private static final OrganisationId MIA_DO_KI = new OrganisationId("mia-do-ki");
    private static final OrganisationId COORDINATION_GROUP = new OrganisationId("koordinierungsgruppe-neuzuwanderung");
    private static final OrganisationId SOZIALDEZERNAT = new OrganisationId("sozialdezernat");
    private static final OrganisationId CARITAS = new OrganisationId("caritasverband");
    private static final OrganisationId DW = new OrganisationId("dw");
    private static final OrganisationId AWO = new OrganisationId("awo");
    private static final List<OrganisationId> MEMBERS = List.of(SOZIALDEZERNAT, CARITAS, DW, AWO);
    /** They attend every meeting, with one (example) person each, and take the first workshop's decision. */
    private static final List<OrganisationId> LEAD_AND_MEMBERS = List.of(MIA_DO_KI, SOZIALDEZERNAT, CARITAS, DW, AWO);
    private static final List<LocalDate> WORKSHOP_DAYS = List.of(LocalDate.of(2017, 6, 12), LocalDate.of(2017, 9, 18),
                                                                 LocalDate.of(2017, 11, 20));
    private static final String EXAMPLE = "Beispiel: ";

    private final DemoCommands commands;

    ReportWorkingGroup(DemoCommands commands) {
        this.commands = commands;
    }

    void load() {
        commands.createThen(new SetUpWorkingGroupCommand(
                GROUP, "AK Handlungsrahmen Flüchtlinge",
                "Bedarfslagen im Flüchtlingsbereich ermitteln, Lösungsszenarien entwickeln, Akteure und Angebote "
                + "identifizieren und einbinden (Handlungsrahmen Flüchtlingszuwanderung)",
                MIA_DO_KI, MIA_DO_KI, COORDINATION_GROUP, MEMBERS, true,
                LocalDate.of(2017, 3, 15)), this::constituteAndHoldWorkshops);
    }

    /** The constituent meeting, the series and its three workshops with their (example) outcomes. */
    private void constituteAndHoldWorkshops() {
        LocalDate constituted = LocalDate.of(2017, 4, 27);
        meeting(CONSTITUENT, null, null, "Konstituierende Sitzung", constituted.atTime(10, 0));
        commands.send(new ConstituteWorkingGroupCommand(GROUP, CONSTITUENT, constituted));
        commands.send(new PlanWorkshopSeriesCommand(SERIES, GROUP, "Handlungsrahmen Flüchtlinge 2017",
                                                           Workshop.template(), constituted));

        MeetingId first = workshop(1);
        commands.send(new IdentifyChallengeCommand(first, "challenge-wohnen",
                EXAMPLE + "Zugang zu Wohnraum nach dem Auszug aus Gemeinschaftsunterkünften", on(1)));
        commands.send(new IdentifyChallengeCommand(first, "challenge-sprache",
                EXAMPLE + "Wartezeiten auf Integrations- und Sprachkurse", on(1)));
        commands.send(new RecordDecisionCommand(first, new DecisionId("decision-bestandsaufnahme"),
                EXAMPLE + "Die Träger stellen ihre Angebote bis zum zweiten Workshop in einer Übersicht zusammen",
                LEAD_AND_MEMBERS, true, List.of(), on(1)));
        commands.send(new AssignActionItemCommand(first, "action-angebotsuebersicht",
                EXAMPLE + "Angebotsübersicht der Träger zusammenstellen", CARITAS, LocalDate.of(2017, 9, 1),
                new DecisionId("decision-bestandsaufnahme"), on(1)));
        commands.send(new DraftMinutesCommand(first,
                EXAMPLE + "Protokoll des ersten Workshops: zentrale Herausforderungen", on(1).plusDays(3)));
        commands.send(new ApproveMinutesCommand(first, MinutesApproval.LEADING_ORGANISATION, null,
                                                       on(1).plusDays(14)));

        MeetingId second = workshop(2);
        commands.send(new ProposeStrategyCommand(second, "strategy-wohnraumagentur",
                EXAMPLE + "Wohnraumagentur für Geflüchtete mit der Wohnungswirtschaft",
                List.of("challenge-wohnen"), on(2)));
        commands.send(new ProposeStrategyCommand(second, "strategy-kurslotsen",
                EXAMPLE + "Kurslotsen vermitteln freie Plätze in Sprachkursen", List.of("challenge-sprache"), on(2)));

        MeetingId third = workshop(3);
        commands.send(new AssignActorCommand(third, "actor-wohnungswirtschaft", "strategy-wohnraumagentur",
                EXAMPLE + "Sozialamt mit der kommunalen Wohnungsgesellschaft", ResponsibleLevel.CITY, on(3)));
        commands.send(new AssignActorCommand(third, "actor-land", "strategy-kurslotsen",
                EXAMPLE + "Land NRW (Förderung der Kurslotsen)", ResponsibleLevel.STATE, on(3)));
        commands.send(new AssignActorCommand(third, "actor-bamf", "strategy-kurslotsen",
                EXAMPLE + "BAMF (Kursplätze)", ResponsibleLevel.FEDERAL, on(3)));
        commands.send(new TransferResultsCommand(GROUP, new TransferId("transfer-workshops-2017"), SERIES, null,
                EXAMPLE + "Eckpunkte des Handlungsrahmens Flüchtlinge für die dezentrale Weiterarbeit in den "
                + "Handlungsfeldsträngen", List.of(new DecisionId("decision-bestandsaufnahme")), LocalDate.of(2017, 12, 5)));
    }

    private MeetingId workshop(int number) {
        MeetingId meeting = new MeetingId(SERIES.value() + "-" + number);
        Workshop workshop = Workshop.template().get(number - 1);
        meeting(meeting, SERIES, number, "Workshop " + number + ": " + workshop.title() + " (Beispieltermin)",
                on(number).atTime(9, 30));
        return meeting;
    }

    /** Scheduled six weeks ahead, held, attended by one (example) person per member. */
    private void meeting(MeetingId meeting, WorkshopSeriesId series, Integer number, String title,
                         LocalDateTime startsAt) {
        LocalDate on = startsAt.toLocalDate();
        commands.send(new ScheduleMeetingCommand(meeting, GROUP, series, number, title, startsAt,
                                                        "Dortmund (Beispielort)", on.minusWeeks(6)));
        commands.send(new HoldMeetingCommand(meeting, on));
        for (OrganisationId member : LEAD_AND_MEMBERS) {
            PersonRef person = PersonRef.of("example-person-" + member.value());
            commands.send(new RecordAttendanceCommand(
                    meeting, person, PersonalText.of(person, "Beispielperson " + member.value()), member, on));
        }
    }

    /** The (example) day of the given workshop of the series. */
    private static LocalDate on(int workshop) {
        return WORKSHOP_DAYS.get(workshop - 1);
    }
}

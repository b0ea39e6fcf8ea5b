package org.verbund.gateway.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.core.network.api.FindOrganisationQuery;
import org.verbund.core.network.api.OrganisationSummary;
import org.verbund.workshop.api.ApproveMinutesCommand;
import org.verbund.workshop.api.AssignActionItemCommand;
import org.verbund.workshop.api.AssignActorCommand;
import org.verbund.workshop.api.ConstituteWorkingGroupCommand;
import org.verbund.workshop.api.DraftMinutesCommand;
import org.verbund.workshop.api.FindSeriesMapQuery;
import org.verbund.workshop.api.FindWorkingGroupQuery;
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
import org.verbund.workshop.api.SeriesMap;
import org.verbund.workshop.api.SetUpWorkingGroupCommand;
import org.verbund.workshop.api.TransferResultsCommand;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkingGroupView;
import org.verbund.workshop.api.Workshop;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Predicate;

/**
 * The report's working group (section 6.1.1.4): "AK Handlungsrahmen Flüchtlinge", led and managed by MIA-DO-KI,
 * reporting to the Koordinierungsgruppe Neuzuwanderung, constituted on 2017-04-27, with its three-workshop series.
 * The report gives the group, its constituent meeting and the workshops' foci; the workshop dates, people, outcomes,
 * decisions and action items below are illustrative examples, and say so ("Beispiel").
 */
final class ReportWorkingGroup {

    static final WorkingGroupId GROUP = WorkingGroupId.of("ak-handlungsrahmen-fluechtlinge");
    static final WorkshopSeriesId SERIES = WorkshopSeriesId.of("ak-handlungsrahmen-fluechtlinge-workshops-2017");
    static final MeetingId CONSTITUENT = MeetingId.of("ak-handlungsrahmen-fluechtlinge-2017-04-27");
    private static final OrganisationId MIA_DO_KI = OrganisationId.of("mia-do-ki");
    private static final OrganisationId COORDINATION_GROUP = OrganisationId.of("koordinierungsgruppe-neuzuwanderung");
    private static final OrganisationId SOZIALDEZERNAT = OrganisationId.of("sozialdezernat");
    private static final OrganisationId CARITAS = OrganisationId.of("caritasverband");
    private static final OrganisationId DW = OrganisationId.of("dw");
    private static final OrganisationId AWO = OrganisationId.of("awo");
    private static final String EXAMPLE = "Beispiel: ";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReportDemoData.Loader loader;

    ReportWorkingGroup(CommandGateway commands, QueryGateway queries, ReportDemoData.Loader loader) {
        this.commands = commands;
        this.queries = queries;
        this.loader = loader;
    }

    void load() {
        loader.await("the coordination group", () -> queries.query(new FindOrganisationQuery(COORDINATION_GROUP),
                ResponseTypes.instanceOf(OrganisationSummary.class)).join() != null);
        if (!loader.createOnce(new SetUpWorkingGroupCommand(
                GROUP, "AK Handlungsrahmen Flüchtlinge",
                "Bedarfslagen im Flüchtlingsbereich ermitteln, Lösungsszenarien entwickeln, Akteure und Angebote "
                + "identifizieren und einbinden (Handlungsrahmen Flüchtlingszuwanderung)",
                MIA_DO_KI, MIA_DO_KI, COORDINATION_GROUP, List.of(SOZIALDEZERNAT, CARITAS, DW, AWO), true,
                LocalDate.of(2017, 3, 15)))) {
            return; // loaded before
        }
        loader.await("the working group", () -> queries.query(new FindWorkingGroupQuery(GROUP),
                ResponseTypes.instanceOf(WorkingGroupView.class)).join() != null);
        LocalDate constituted = LocalDate.of(2017, 4, 27);
        meeting(CONSTITUENT, null, null, "Konstituierende Sitzung", constituted.atTime(10, 0));
        commands.sendAndWait(new ConstituteWorkingGroupCommand(GROUP, CONSTITUENT, constituted));
        commands.sendAndWait(new PlanWorkshopSeriesCommand(SERIES, GROUP, "Handlungsrahmen Flüchtlinge 2017",
                                                           Workshop.template(), constituted));
        awaitSeries(map -> true);

        MeetingId first = workshop(1, LocalDate.of(2017, 6, 12));
        commands.sendAndWait(new IdentifyChallengeCommand(first, "challenge-wohnen",
                EXAMPLE + "Zugang zu Wohnraum nach dem Auszug aus Gemeinschaftsunterkünften", on(1)));
        commands.sendAndWait(new IdentifyChallengeCommand(first, "challenge-sprache",
                EXAMPLE + "Wartezeiten auf Integrations- und Sprachkurse", on(1)));
        commands.sendAndWait(new RecordDecisionCommand(first, "decision-bestandsaufnahme",
                EXAMPLE + "Die Träger stellen ihre Angebote bis zum zweiten Workshop in einer Übersicht zusammen",
                List.of(MIA_DO_KI, SOZIALDEZERNAT, CARITAS, DW, AWO), true, List.of(), on(1)));
        commands.sendAndWait(new AssignActionItemCommand(first, "action-angebotsuebersicht",
                EXAMPLE + "Angebotsübersicht der Träger zusammenstellen", CARITAS, LocalDate.of(2017, 9, 1),
                "decision-bestandsaufnahme", on(1)));
        commands.sendAndWait(new DraftMinutesCommand(first,
                EXAMPLE + "Protokoll des ersten Workshops: zentrale Herausforderungen", on(1).plusDays(3)));
        commands.sendAndWait(new ApproveMinutesCommand(first, MinutesApproval.LEADING_ORGANISATION, null,
                                                       on(1).plusDays(14)));
        awaitSeries(map -> map.challenges().size() == 2);

        MeetingId second = workshop(2, LocalDate.of(2017, 9, 18));
        commands.sendAndWait(new ProposeStrategyCommand(second, "strategy-wohnraumagentur",
                EXAMPLE + "Wohnraumagentur für Geflüchtete mit der Wohnungswirtschaft",
                List.of("challenge-wohnen"), on(2)));
        commands.sendAndWait(new ProposeStrategyCommand(second, "strategy-kurslotsen",
                EXAMPLE + "Kurslotsen vermitteln freie Plätze in Sprachkursen", List.of("challenge-sprache"), on(2)));
        awaitSeries(map -> map.challenges().stream().allMatch(challenge -> !challenge.strategies().isEmpty()));

        MeetingId third = workshop(3, LocalDate.of(2017, 11, 20));
        commands.sendAndWait(new AssignActorCommand(third, "actor-wohnungswirtschaft", "strategy-wohnraumagentur",
                EXAMPLE + "Sozialamt mit der kommunalen Wohnungsgesellschaft", ResponsibleLevel.CITY, on(3)));
        commands.sendAndWait(new AssignActorCommand(third, "actor-land", "strategy-kurslotsen",
                EXAMPLE + "Land NRW (Förderung der Kurslotsen)", ResponsibleLevel.STATE, on(3)));
        commands.sendAndWait(new AssignActorCommand(third, "actor-bamf", "strategy-kurslotsen",
                EXAMPLE + "BAMF (Kursplätze)", ResponsibleLevel.FEDERAL, on(3)));
        commands.sendAndWait(new TransferResultsCommand(GROUP, "transfer-workshops-2017", SERIES, null,
                EXAMPLE + "Eckpunkte des Handlungsrahmens Flüchtlinge für die dezentrale Weiterarbeit in den "
                + "Handlungsfeldsträngen", List.of("decision-bestandsaufnahme"), LocalDate.of(2017, 12, 5)));
    }

    private MeetingId workshop(int number, LocalDate on) {
        MeetingId meeting = MeetingId.of(SERIES.value() + "-" + number);
        Workshop workshop = Workshop.template().get(number - 1);
        meeting(meeting, SERIES, number, "Workshop " + number + ": " + workshop.title() + " (Beispieltermin)",
                on.atTime(9, 30));
        return meeting;
    }

    /** Scheduled six weeks ahead, held, attended by one (example) person per member. */
    private void meeting(MeetingId meeting, WorkshopSeriesId series, Integer number, String title,
                         LocalDateTime startsAt) {
        LocalDate on = startsAt.toLocalDate();
        commands.sendAndWait(new ScheduleMeetingCommand(meeting, GROUP, series, number, title, startsAt,
                                                        "Dortmund (Beispielort)", on.minusWeeks(6)));
        commands.sendAndWait(new HoldMeetingCommand(meeting, on));
        for (OrganisationId member : List.of(MIA_DO_KI, SOZIALDEZERNAT, CARITAS, DW, AWO)) {
            PersonRef person = PersonRef.of("example-person-" + member.value());
            commands.sendAndWait(new RecordAttendanceCommand(
                    meeting, person, PersonalText.of(person, "Beispielperson " + member.value()), member, on));
        }
    }

    private void awaitSeries(Predicate<SeriesMap> arrived) {
        loader.await("the workshop series", () -> {
            SeriesMap map = queries.query(new FindSeriesMapQuery(SERIES), ResponseTypes.instanceOf(SeriesMap.class))
                                   .join();
            return map != null && arrived.test(map);
        });
    }

    private static LocalDate on(int workshop) {
        return List.of(LocalDate.of(2017, 6, 12), LocalDate.of(2017, 9, 18), LocalDate.of(2017, 11, 20))
                   .get(workshop - 1);
    }
}

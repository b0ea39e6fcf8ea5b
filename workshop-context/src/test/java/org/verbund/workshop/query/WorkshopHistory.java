package org.verbund.workshop.query;

import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.Role;
import org.verbund.workshop.api.ActionItemAssignedEvent;
import org.verbund.workshop.api.AttendanceRecordedEvent;
import org.verbund.workshop.api.ChallengeIdentifiedEvent;
import org.verbund.workshop.api.DecisionId;
import org.verbund.workshop.api.DecisionRecordedEvent;
import org.verbund.workshop.api.MeetingHeldEvent;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MeetingScheduledEvent;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkingGroupSetUpEvent;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The report's working group and its first workshop as the events the workshop read models are fed. */
final class WorkshopHistory {

    static final WorkingGroupId GROUP = new WorkingGroupId("ak-handlungsrahmen-fluechtlinge");
    static final WorkshopSeriesId SERIES = new WorkshopSeriesId("handlungsrahmen-workshops-2017");
    static final MeetingId MEETING = new MeetingId("workshop-1");
    static final OrganisationId MIA_DO_KI = new OrganisationId("mia-do-ki");
    static final OrganisationId CARITAS = new OrganisationId("caritasverband");
    static final OrganisationId AWO = new OrganisationId("awo");
    static final OrganisationId BODY = new OrganisationId("koordinierungsgruppe-neuzuwanderung");
    static final DecisionId DECISION = new DecisionId("decision-1");
    static final LocalDate ON = LocalDate.of(2017, 6, 12);
    static final LocalDateTime STARTS_AT = ON.atTime(9, 30);

    static final Actor COORDINATOR = new Actor("person-1", new OrganisationId("sozialdezernat"), Role.COORDINATOR);
    static final Actor MEMBER = new Actor("person-2", CARITAS, Role.PARTNER);
    static final Actor OUTSIDER = new Actor("person-3", AWO, Role.PARTNER);

    static WorkingGroupSetUpEvent setUp(boolean publishesResults) {
        return new WorkingGroupSetUpEvent(GROUP, "AK Handlungsrahmen Flüchtlinge", "Lösungsszenarien", MIA_DO_KI,
                                          MIA_DO_KI, BODY, List.of(MIA_DO_KI, CARITAS), publishesResults,
                                          LocalDate.of(2017, 4, 27));
    }

    static MeetingScheduledEvent scheduled() {
        return new MeetingScheduledEvent(MEETING, GROUP, SERIES, 1, "Workshop 1", STARTS_AT, "Rathaus", ON);
    }

    static MeetingHeldEvent held() {
        return new MeetingHeldEvent(MEETING, GROUP, ON);
    }

    static AttendanceRecordedEvent attended(OrganisationId organisation) {
        return new AttendanceRecordedEvent(MEETING, PersonRef.of("person-0042"), null, organisation, ON);
    }

    static ChallengeIdentifiedEvent challenge(String id) {
        return new ChallengeIdentifiedEvent(MEETING, GROUP, SERIES, id, "Zugang zu Wohnraum", ON);
    }

    static DecisionRecordedEvent decided() {
        return new DecisionRecordedEvent(MEETING, GROUP, DECISION, "Eine Clearingstelle Wohnen einrichten",
                                         List.of(MIA_DO_KI, CARITAS), true, List.of(), ON);
    }

    static ActionItemAssignedEvent assigned(String id, LocalDate dueOn) {
        return new ActionItemAssignedEvent(MEETING, GROUP, id, "Konzept " + id, CARITAS, dueOn, DECISION, ON);
    }

    private WorkshopHistory() {
    }
}

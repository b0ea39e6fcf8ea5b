package org.verbund.workshop.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.network.api.OrganisationRegistry;
import org.verbund.workshop.api.AttendanceRecordedEvent;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.RecordAttendanceCommand;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.verbund.workshop.api.WorkshopRule.ATTENDANCE_PERSON_AND_ORGANISATION_REQUIRED;
import static org.verbund.workshop.api.WorkshopRule.ATTENDANCE_UNKNOWN_ORGANISATION;
import static org.verbund.workshop.api.WorkshopRule.PERSONAL_DATA_WRONG_SUBJECT;

/**
 * Who attended a meeting, part of its {@link Meeting}: people (references; a name only as their personal data) on
 * behalf of registered organisations, each person once. The organisations that attended see the meeting and amend
 * its draft minutes.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class MeetingAttendance {

    private MeetingId meetingId;
    private Set<PersonRef> people = new HashSet<>();
    private Set<OrganisationId> organisations = new HashSet<>();

    MeetingAttendance(MeetingId meetingId) {
        this.meetingId = meetingId;
    }

    private MeetingAttendance() {
        // for snapshots
    }

    void record(RecordAttendanceCommand command, OrganisationRegistry registry) {
        if (command.person() == null || command.onBehalfOf() == null) {
            throw ATTENDANCE_PERSON_AND_ORGANISATION_REQUIRED.violation(
                    "Attendance names a person reference and the organisation represented");
        }
        if (command.name() != null && !command.name().subject().equals(command.person())) {
            throw PERSONAL_DATA_WRONG_SUBJECT.violation("Personal data belongs to the person it is about");
        }
        registry.requireActive(command.onBehalfOf(), ATTENDANCE_UNKNOWN_ORGANISATION.code());
        if (!people.contains(command.person())) {
            apply(new AttendanceRecordedEvent(meetingId, command.person(), command.name(), command.onBehalfOf(),
                                              command.effectiveOn()));
        }
    }

    /** The organisations on whose behalf someone attended. */
    Set<OrganisationId> organisations() {
        return Set.copyOf(organisations);
    }

    @EventSourcingHandler
    void on(AttendanceRecordedEvent event) {
        people.add(event.person());
        organisations.add(event.onBehalfOf());
    }
}

package org.verbund.workshop.query;

import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.readmodel.SequencedDocument;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MeetingStatus;
import org.verbund.workshop.api.TransferId;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkingGroupView;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A working group as stored in {@code working_groups} (keyed by its id), with its meetings as they are listed. */
final class GroupDocument extends SequencedDocument {

    public WorkingGroupId id;
    public String name;
    public String mandate;
    public OrganisationId leadingOrganisation;
    public OrganisationId managingOrganisation;
    public OrganisationId reportsTo;
    public boolean publishesResults;
    public List<WorkingGroupView.Member> members = new ArrayList<>();
    public MeetingId constituentMeeting;
    public LocalDate constitutedOn;
    public LocalDate dissolvedOn;
    public List<WorkingGroupView.MeetingRef> meetings = new ArrayList<>();
    public List<TransferId> transfers = new ArrayList<>();

    /** Whether the viewer reads all of the group: a coordinator, or an organisation that is a member now. */
    boolean hasMember(Actor viewer) {
        return viewer.coordinates() || (viewer.organisation() != null && members.stream().anyMatch(
                member -> member.organisation().equals(viewer.organisation()) && member.leftOn() == null));
    }

    /** Whether the viewer may see the group at all: its members, and everyone if it publishes its results. */
    boolean isVisibleTo(Actor viewer) {
        return publishesResults || hasMember(viewer);
    }

    /** The group as of {@code now}: its upcoming meetings are the scheduled ones after it, soonest first. */
    WorkingGroupView asOf(LocalDateTime now) {
        List<WorkingGroupView.MeetingRef> upcoming = meetings.stream()
                .filter(meeting -> meeting.status() == MeetingStatus.SCHEDULED && meeting.startsAt().isAfter(now))
                .sorted(Comparator.comparing(WorkingGroupView.MeetingRef::startsAt)).toList();
        return new WorkingGroupView(version, id, name, mandate, leadingOrganisation, managingOrganisation, reportsTo,
                                    publishesResults, List.copyOf(members), constituentMeeting, constitutedOn,
                                    dissolvedOn, List.copyOf(meetings), upcoming, List.copyOf(transfers));
    }
}

package org.verbund.workshop.api;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.readmodel.Versioned;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A working group as the read model keeps it: members with their dates, and its meetings. */
public final class WorkingGroupView implements Versioned {

    /** The aggregate's version this view shows (its {@code ETag}). */
    public long version;

    public WorkingGroupId id;
    public String name;
    public String mandate;
    public OrganisationId leadingOrganisation;
    public OrganisationId managingOrganisation;
    public OrganisationId reportsTo;
    public boolean publishesResults;
    public List<Member> members = new ArrayList<>();
    public MeetingId constituentMeeting;
    public LocalDate constitutedOn;
    public LocalDate dissolvedOn;
    public List<MeetingRef> meetings = new ArrayList<>();
    /** Scheduled meetings from now on, soonest first (computed when asked). */
    public List<MeetingRef> upcomingMeetings = new ArrayList<>();
    public List<String> transfers = new ArrayList<>();

    /** A member organisation; {@code leftOn} is null while it is a member. */
    public static final class Member {
        public OrganisationId organisation;
        public LocalDate joinedOn;
        public LocalDate leftOn;
    }

    /** One of the group's meetings. */
    public static final class MeetingRef {
        public MeetingId id;
        public String title;
        public LocalDateTime startsAt;
        public MeetingStatus status;
        public WorkshopSeriesId seriesId;
        public Integer workshopNumber;
    }

    /** Whether the organisation is a member now (the leading and managing organisations always are). */
    public boolean hasMember(OrganisationId organisation) {
        return members.stream().anyMatch(member -> member.organisation.equals(organisation) && member.leftOn == null);
    }

    /** Whether the organisation leads or manages the group. */
    public boolean isRunBy(OrganisationId organisation) {
        return organisation.equals(leadingOrganisation) || organisation.equals(managingOrganisation);
    }

    @Override
    public void stampVersion(long version) {
        this.version = version;
    }
}

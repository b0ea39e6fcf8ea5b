package org.verbund.workshop.api;

import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A working group: members with their dates, its meetings, and the transfers of its results.
 *
 * @param version          the aggregate's version this answer shows (its {@code ETag})
 * @param upcomingMeetings scheduled meetings from the time of the question on, soonest first
 */
public record WorkingGroupView(long version, WorkingGroupId id, String name, String mandate,
                               OrganisationId leadingOrganisation, OrganisationId managingOrganisation,
                               OrganisationId reportsTo, boolean publishesResults, List<Member> members,
                               MeetingId constituentMeeting, LocalDate constitutedOn, LocalDate dissolvedOn,
                               List<MeetingRef> meetings, List<MeetingRef> upcomingMeetings,
                               List<TransferId> transfers) {

    /** A member organisation; {@code leftOn} is null while it is a member. */
    public record Member(OrganisationId organisation, LocalDate joinedOn, LocalDate leftOn) {
    }

    /** One of the group's meetings. */
    public record MeetingRef(MeetingId id, String title, LocalDateTime startsAt, MeetingStatus status,
                             WorkshopSeriesId seriesId, Integer workshopNumber) {
    }
}

package org.verbund.gateway.workshops;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.Actor;
import org.verbund.gateway.web.ProblemHandling;
import org.verbund.workshop.api.FindMeetingQuery;
import org.verbund.workshop.api.FindWorkingGroupQuery;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MeetingView;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkingGroupView;

/**
 * Who reads what of working groups and meetings: members (and coordinators) everything of their group, and the
 * organisations that attended a meeting that meeting; others only what a publishing group publishes (the group
 * itself, a meeting's header, approved minutes with approved corrections, decisions, series maps), never a history;
 * to them a group that does not publish does not exist (404, and it is not listed). Reads only: who may change what
 * is the aggregates' rule.
 */
@Component
class WorkshopReads {

    private final QueryGateway queries;

    WorkshopReads(QueryGateway queries) {
        this.queries = queries;
    }

    WorkingGroupView group(String groupId) {
        WorkingGroupView group = queries.query(new FindWorkingGroupQuery(new WorkingGroupId(groupId)),
                                               ResponseTypes.instanceOf(WorkingGroupView.class)).join();
        if (group == null) {
            throw new ProblemHandling.NotFound();
        }
        return group;
    }

    /** The group's internals (its history): for its members and coordinators only, 404 to everyone else. */
    WorkingGroupView groupOfMember(Caller caller, String groupId) {
        WorkingGroupView group = group(groupId);
        if (!isMember(caller, group)) {
            throw new ProblemHandling.NotFound();
        }
        return group;
    }

    /** The group, if the caller may see it (404 otherwise, as for an unknown group). */
    WorkingGroupView visibleGroup(Caller caller, String groupId) {
        WorkingGroupView group = group(groupId);
        if (!mayRead(caller, group)) {
            throw new ProblemHandling.NotFound();
        }
        return group;
    }

    MeetingView meeting(String meetingId) {
        MeetingView meeting = queries.query(new FindMeetingQuery(new MeetingId(meetingId)),
                                            ResponseTypes.instanceOf(MeetingView.class)).join();
        if (meeting == null) {
            throw new ProblemHandling.NotFound();
        }
        return meeting;
    }

    /** The meeting as the caller may see it: whole for members and attendees, as published for others, or 404. */
    MeetingView meetingFor(Caller caller, String meetingId) {
        MeetingView meeting = meeting(meetingId);
        WorkingGroupView group = group(meeting.groupId.value());
        if (isMember(caller, group) || attended(caller, meeting)) {
            return meeting;
        }
        if (!group.publishesResults) {
            throw new ProblemHandling.NotFound();
        }
        return meeting.published();
    }

    /** The whole meeting, for members and attendees only (404 to others). */
    MeetingView wholeMeetingFor(Caller caller, String meetingId) {
        MeetingView meeting = meeting(meetingId);
        if (!isMember(caller, group(meeting.groupId.value())) && !attended(caller, meeting)) {
            throw new ProblemHandling.NotFound();
        }
        return meeting;
    }

    static boolean mayRead(Caller caller, WorkingGroupView group) {
        return isMember(caller, group) || group.publishesResults;
    }

    static boolean isMember(Caller caller, WorkingGroupView group) {
        Actor reader = caller.actor();
        return reader.coordinates() || (reader.organisation() != null && group.hasMember(reader.organisation()));
    }

    private static boolean attended(Caller caller, MeetingView meeting) {
        return caller.organisationId() != null && meeting.attendance.containsKey(caller.organisationId());
    }
}

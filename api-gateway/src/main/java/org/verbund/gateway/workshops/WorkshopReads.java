package org.verbund.gateway.workshops;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.verbund.core.eventstore.Caller;
import org.verbund.gateway.web.ProblemHandling;
import org.verbund.workshop.api.FindMeetingInFullQuery;
import org.verbund.workshop.api.FindMeetingQuery;
import org.verbund.workshop.api.FindOwnWorkingGroupQuery;
import org.verbund.workshop.api.FindWorkingGroupQuery;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.MeetingView;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkingGroupView;

/**
 * Reads of working groups and meetings for the caller: the workshop queries carry the caller as the viewer and answer
 * only what it may see (members everything of their group, attendees their meeting, others what a publishing group
 * publishes, never a history); nothing is 404, as for an unknown id. Who may change what is the aggregates' rule.
 */
@Component
class WorkshopReads {

    private final QueryGateway queries;

    WorkshopReads(QueryGateway queries) {
        this.queries = queries;
    }

    /** The group's internals (its history): for its members and coordinators only, 404 to everyone else. */
    WorkingGroupView groupOfMember(Caller caller, String groupId) {
        return found(queries.query(new FindOwnWorkingGroupQuery(new WorkingGroupId(groupId), caller.actor()),
                                   ResponseTypes.instanceOf(WorkingGroupView.class)).join());
    }

    /** The group, if the caller may see it (404 otherwise, as for an unknown group). */
    WorkingGroupView visibleGroup(Caller caller, String groupId) {
        return found(queries.query(new FindWorkingGroupQuery(new WorkingGroupId(groupId), caller.actor()),
                                   ResponseTypes.instanceOf(WorkingGroupView.class)).join());
    }

    /** The meeting as the caller may see it: whole for members and attendees, as published for others, or 404. */
    MeetingView meetingFor(Caller caller, String meetingId) {
        return found(queries.query(new FindMeetingQuery(new MeetingId(meetingId), caller.actor()),
                                   ResponseTypes.instanceOf(MeetingView.class)).join());
    }

    /** The whole meeting, for members and attendees only (404 to others). */
    MeetingView wholeMeetingFor(Caller caller, String meetingId) {
        return found(queries.query(new FindMeetingInFullQuery(new MeetingId(meetingId), caller.actor()),
                                   ResponseTypes.instanceOf(MeetingView.class)).join());
    }

    private static <T> T found(T answer) {
        if (answer == null) {
            throw new ProblemHandling.NotFound();
        }
        return answer;
    }
}

package org.verbund.workshop.query;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.verbund.core.readmodel.LiveQueries;
import org.verbund.workshop.api.FindMeetingInFullQuery;
import org.verbund.workshop.api.FindMeetingQuery;
import org.verbund.workshop.api.MeetingView;

/**
 * Tells the live readers of a meeting that it changed, each as that reader may see it: whole to members of its group
 * and attendees, as published to the others of a publishing group, nothing to the rest. Computed only while someone
 * watches, not for every event of a replay.
 */
final class MeetingSubscribers {

    private final QueryUpdateEmitter updates;
    private final WorkingGroupsProjection groups;

    MeetingSubscribers(QueryUpdateEmitter updates, WorkingGroupsProjection groups) {
        this.updates = updates;
        this.groups = groups;
    }

    void changed(MeetingDocument meeting) {
        if (!LiveQueries.watched(updates, FindMeetingQuery.class)
            && !LiveQueries.watched(updates, FindMeetingInFullQuery.class)) {
            return;
        }
        groups.find(meeting.groupId).ifPresent(group -> {
            MeetingView whole = meeting.whole();
            updates.emit(FindMeetingInFullQuery.class, query -> query.meetingId().equals(meeting.id)
                                                                && meeting.isWholeFor(query.viewer(), group), whole);
            updates.emit(FindMeetingQuery.class, query -> query.meetingId().equals(meeting.id)
                                                          && meeting.isWholeFor(query.viewer(), group), whole);
            if (group.publishesResults) {
                updates.emit(FindMeetingQuery.class, query -> query.meetingId().equals(meeting.id)
                                                              && !meeting.isWholeFor(query.viewer(), group),
                             meeting.published());
            }
        });
    }
}

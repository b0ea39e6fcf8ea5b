package org.verbund.workshop.api;

import org.verbund.core.kernel.Actor;

/**
 * One meeting as the viewer may see it: whole for members of its group (and coordinators) and for the organisations
 * that attended; for others, if the group publishes its results, the meeting with its approved minutes (approved
 * corrections only) and decisions; null otherwise, as for an unknown meeting. Answered with a {@link MeetingView}
 * (updates: the same, whenever it changes).
 */
public record FindMeetingQuery(MeetingId meetingId, Actor viewer) {
}

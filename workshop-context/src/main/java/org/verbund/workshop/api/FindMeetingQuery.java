package org.verbund.workshop.api;

/** One meeting, or null. Answered with a {@link MeetingView} (updates: the same, whenever it changes). */
public record FindMeetingQuery(MeetingId meetingId) {
}

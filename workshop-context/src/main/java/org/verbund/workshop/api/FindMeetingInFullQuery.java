package org.verbund.workshop.api;

import org.verbund.core.kernel.Actor;

/**
 * One whole meeting, drafts and attendance included, for the members of its group (and coordinators) and the
 * organisations that attended; null for everyone else. Answered with a {@link MeetingView} (updates: the same,
 * whenever it changes).
 */
public record FindMeetingInFullQuery(MeetingId meetingId, Actor viewer) {
}

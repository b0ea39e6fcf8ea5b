package org.verbund.cooperation.api;

/** The milestone feed, newest first. Answered with a list of {@link Milestone} (updates: single milestones). */
public record FindMilestonesQuery() {
}

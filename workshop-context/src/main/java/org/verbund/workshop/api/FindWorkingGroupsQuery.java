package org.verbund.workshop.api;

/** All working groups. Answered with a list of {@link WorkingGroupView}. */
public record FindWorkingGroupsQuery() {
}

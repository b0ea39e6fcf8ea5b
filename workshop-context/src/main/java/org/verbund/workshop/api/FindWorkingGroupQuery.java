package org.verbund.workshop.api;

/** One working group, or null. Answered with a {@link WorkingGroupView}. */
public record FindWorkingGroupQuery(WorkingGroupId groupId) {
}

package org.verbund.workshop.api;

import org.verbund.core.kernel.Actor;

/**
 * The working groups the viewer may see: those it is a member of (all, for a coordinator) and those that publish
 * their results. Answered with a list of {@link WorkingGroupView}.
 */
public record FindWorkingGroupsQuery(Actor viewer) {
}

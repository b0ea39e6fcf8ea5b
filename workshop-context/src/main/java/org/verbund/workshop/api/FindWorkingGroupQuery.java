package org.verbund.workshop.api;

import org.verbund.core.kernel.Actor;

/**
 * One working group, if the viewer may see it (a member, a coordinator, or anyone if the group publishes its
 * results); null otherwise, as for an unknown group. Answered with a {@link WorkingGroupView}.
 */
public record FindWorkingGroupQuery(WorkingGroupId groupId, Actor viewer) {
}

package org.verbund.workshop.api;

import org.verbund.core.kernel.Actor;

/**
 * One working group for a viewer that is a member of it now (or a coordinator), null for everyone else: what reading
 * the group's internals (its history) asks first. Answered with a {@link WorkingGroupView}.
 */
public record FindOwnWorkingGroupQuery(WorkingGroupId groupId, Actor viewer) {
}

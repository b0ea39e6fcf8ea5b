package org.verbund.workshop.command;

import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.RuleViolation;

import java.util.Set;

/**
 * Who may act on a meeting: who runs its group records on it; an action item's owner closes that item; members of
 * the group (or everyone, if the group publishes) and the organisations that attended see the meeting, so they are
 * refused (403) what they may not do, while to everyone else the meeting does not exist (404).
 */
final class MeetingAccess {

    private MeetingAccess() {
    }

    static void requireRunBy(Actor actor, WorkshopDirectory.Group group, Set<OrganisationId> attended) {
        if (!group.isRunBy(actor)) {
            requireVisibleTo(actor, group, attended);
            throw RuleViolation.forbidden(WorkshopDirectory.Group.RUN_BY_LEAD,
                                          "Only the group's leading or managing organisation, or a coordinator");
        }
    }

    static void requireOwnerOrLead(Actor actor, WorkshopDirectory.Group group, Set<OrganisationId> attended,
                                   OrganisationId owner) {
        if ((owner == null || !actor.actsFor(owner)) && !group.isRunBy(actor)) {
            requireVisibleTo(actor, group, attended);
            throw RuleViolation.forbidden("action-item.owner-or-lead",
                                          "Only the owner or who runs the group closes an action item");
        }
    }

    static void requireVisibleTo(Actor actor, WorkshopDirectory.Group group, Set<OrganisationId> attended) {
        boolean attendedIt = actor.organisation() != null && attended.contains(actor.organisation());
        if (!group.isVisibleTo(actor) && !attendedIt) {
            throw RuleViolation.notFound();
        }
    }
}

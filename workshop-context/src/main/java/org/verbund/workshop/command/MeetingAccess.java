package org.verbund.workshop.command;

import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.workshop.api.WorkshopRule;

import java.util.Set;

/**
 * Who may act on a meeting: who runs its group records on it; an action item's owner closes that item; members of
 * the group (or everyone, if the group publishes) and the organisations that attended see the meeting, so they are
 * refused (403) what they may not do, while to everyone else the meeting does not exist (404).
 */
final class MeetingAccess {

    private final WorkshopDirectory.Group group;
    private final Set<OrganisationId> attended;

    MeetingAccess(WorkshopDirectory.Group group, Set<OrganisationId> attended) {
        this.group = group;
        this.attended = attended;
    }

    void requireRunBy(Actor actor) {
        if (!group.isRunBy(actor)) {
            requireVisibleTo(actor);
            throw WorkshopRule.GROUP_RUN_BY_LEAD.violation(
                    "Only the group's leading or managing organisation, or a coordinator");
        }
    }

    /** The owner of an open action item, or who runs the group ({@code owner} is null for no open item). */
    void requireOwnerOrLead(Actor actor, OrganisationId owner) {
        if ((owner == null || !actor.actsFor(owner)) && !group.isRunBy(actor)) {
            requireVisibleTo(actor);
            throw WorkshopRule.ACTION_ITEM_OWNER_OR_LEAD.violation(
                    "Only the owner or who runs the group closes an action item");
        }
    }

    void requireVisibleTo(Actor actor) {
        boolean attendedIt = actor.organisation() != null && attended.contains(actor.organisation());
        if (!group.isVisibleTo(actor) && !attendedIt) {
            throw RuleViolation.notFound();
        }
    }
}

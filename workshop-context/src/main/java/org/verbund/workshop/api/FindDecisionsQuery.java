package org.verbund.workshop.api;

import org.verbund.core.kernel.Actor;
import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;

/**
 * The decision register, filtered (a null filter matches all): by group, by organisation (among those who decided
 * or owning one of its action items), by date. The viewer sees the entries of groups it is a member of and the
 * published ones; a coordinator sees all. Answered with a list of {@link DecisionEntry}, newest first (updates:
 * single entries as they change).
 */
public record FindDecisionsQuery(WorkingGroupId groupId, OrganisationId organisationId, LocalDate from, LocalDate to,
                                 Actor viewer) {

    /** Whether the entry passes the filters (visibility aside). */
    public boolean matches(DecisionEntry entry) {
        return (groupId == null || groupId.equals(entry.groupId()))
               && (organisationId == null || entry.decidedBy().contains(organisationId)
                   || entry.actionItems().stream().anyMatch(item -> organisationId.equals(item.owner())))
               && (from == null || !entry.decidedOn().isBefore(from))
               && (to == null || !entry.decidedOn().isAfter(to));
    }
}

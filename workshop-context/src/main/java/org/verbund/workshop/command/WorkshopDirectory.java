package org.verbund.workshop.command;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.util.Optional;
import java.util.Set;

/** What meetings and series need to know about groups and series when they are scheduled or record outcomes. */
public interface WorkshopDirectory {

    Optional<Group> group(WorkingGroupId groupId);

    Optional<Series> series(WorkshopSeriesId seriesId);

    /** A working group as far as a meeting cares. */
    record Group(OrganisationId leadingOrganisation, OrganisationId managingOrganisation, boolean active) {
    }

    /** A series with what its meetings have recorded so far. */
    record Series(WorkingGroupId groupId, Set<Integer> workshops, Set<String> challenges, Set<String> strategies) {
    }
}

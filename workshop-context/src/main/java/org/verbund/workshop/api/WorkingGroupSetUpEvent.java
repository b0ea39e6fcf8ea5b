package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;
import java.util.List;

/** A working group was set up. */
@Revision("1")
public record WorkingGroupSetUpEvent(WorkingGroupId groupId, String name, String mandate, OrganisationId leadingOrganisation, OrganisationId managingOrganisation, OrganisationId reportsTo, List<OrganisationId> members, boolean publishesResults, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;
import java.util.List;

/** Sets up a working group: who leads and manages it, who is a member, which coordination body it reports to, and whether its approved minutes and decisions are published to the whole network. */
public record SetUpWorkingGroupCommand(@TargetAggregateIdentifier WorkingGroupId groupId, String name, String mandate, OrganisationId leadingOrganisation, OrganisationId managingOrganisation, OrganisationId reportsTo, List<OrganisationId> members, boolean publishesResults, LocalDate effectiveOn) {
}

package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;

/** Admits an organisation to a working group. */
public record AdmitMemberCommand(@TargetAggregateIdentifier WorkingGroupId groupId, OrganisationId member, LocalDate effectiveOn) {
}

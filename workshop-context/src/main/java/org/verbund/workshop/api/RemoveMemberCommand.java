package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;

/** An organisation leaves a working group. */
public record RemoveMemberCommand(@TargetAggregateIdentifier WorkingGroupId groupId, OrganisationId member, LocalDate effectiveOn) {
}

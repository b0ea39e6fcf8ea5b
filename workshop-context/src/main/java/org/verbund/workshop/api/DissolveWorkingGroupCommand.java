package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;

/** Dissolves a working group; nothing changes in it afterwards. */
public record DissolveWorkingGroupCommand(@TargetAggregateIdentifier WorkingGroupId groupId, LocalDate effectiveOn) {
}

package org.verbund.core.architecture.broken.funding.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Breaks "commands target typed ids": the aggregate is named by a bare string. */
public record PayGrantCommand(@TargetAggregateIdentifier String applicationId) {
}

package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;
import java.util.List;

/** Records a decision of the meeting: who decided, unanimously or with the dissent recorded. */
public record RecordDecisionCommand(@TargetAggregateIdentifier MeetingId meetingId, DecisionId decisionId, String text, List<OrganisationId> decidedBy, boolean unanimous, List<Dissent> dissent, LocalDate effectiveOn) {
}

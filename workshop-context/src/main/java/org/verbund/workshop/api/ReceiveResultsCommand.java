package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;
import java.util.List;

/** Records on a receiving body what a working group transferred to it; sent when the group transfers. */
public record ReceiveResultsCommand(@TargetAggregateIdentifier ResultsInboxId inboxId, OrganisationId body, TransferId transferId, WorkingGroupId fromGroup, WorkshopSeriesId seriesId, MeetingId meetingId, String summary, List<DecisionId> decisionIds, LocalDate effectiveOn) {

    /** The receiving body's aggregate id (its own, apart from the body's registry entry). */
    public static ResultsInboxId inboxOf(OrganisationId body) {
        return new ResultsInboxId("received-results:" + body.value());
    }
}

package org.verbund.workshop.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import java.time.LocalDate;
import java.util.List;

/** Transfers the results of a series or a meeting to the body the group reports to (exactly one of seriesId and meetingId). */
public record TransferResultsCommand(@TargetAggregateIdentifier WorkingGroupId groupId, TransferId transferId, WorkshopSeriesId seriesId, MeetingId meetingId, String summary, List<DecisionId> decisionIds, LocalDate effectiveOn) {
}

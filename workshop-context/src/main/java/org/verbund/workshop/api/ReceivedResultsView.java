package org.verbund.workshop.api;

import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;
import java.util.List;

/** What a coordination body received from working groups, and from where. */
public record ReceivedResultsView(OrganisationId body, List<Transfer> received) {

    /** One transfer received, with the name the sending group had then. */
    public record Transfer(TransferId transferId, WorkingGroupId fromGroup, String fromGroupName,
                           WorkshopSeriesId seriesId, MeetingId meetingId, String summary,
                           List<DecisionId> decisionIds, LocalDate receivedOn) {
    }
}

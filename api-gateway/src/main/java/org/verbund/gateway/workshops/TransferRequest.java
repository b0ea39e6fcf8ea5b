package org.verbund.gateway.workshops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.verbund.gateway.web.ValidId;
import org.verbund.gateway.web.ValidIds;
import org.verbund.workshop.api.DecisionId;
import org.verbund.workshop.api.MeetingId;
import org.verbund.workshop.api.TransferId;
import org.verbund.workshop.api.TransferResultsCommand;
import org.verbund.workshop.api.WorkingGroupId;
import org.verbund.workshop.api.WorkshopSeriesId;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** Transfers the results of one of the group's series or meetings to the body it reports to. */
public record TransferRequest(@ValidId String seriesId, @ValidId String meetingId,
                              @NotBlank @Size(max = 4000) String summary, @ValidIds List<String> decisionIds,
                              LocalDate effectiveOn, @Size(max = 1000) String reason) {

    TransferResultsCommand toCommand(String groupId, String transferId) {
        return new TransferResultsCommand(new WorkingGroupId(groupId), new TransferId(transferId),
                                          seriesId == null ? null : new WorkshopSeriesId(seriesId),
                                          meetingId == null ? null : new MeetingId(meetingId), summary,
                                          decisionIds == null ? null : decisionIds.stream().map(DecisionId::new).toList(),
                                          orToday(effectiveOn));
    }
}

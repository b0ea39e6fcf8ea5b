package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;
import java.util.List;

/** The group transferred results to the body it reports to. */
@Revision("1")
public record ResultsTransferredEvent(WorkingGroupId groupId, String transferId, OrganisationId receivingBody, WorkshopSeriesId seriesId, MeetingId meetingId, String summary, List<String> decisionIds, LocalDate effectiveOn) implements EffectiveDated {
}

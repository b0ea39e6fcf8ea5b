package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;
import java.util.List;

/** The group transferred results to the body it reports to. Its ids became typed ids that are written as the same plain strings, so stored events read as before (no new revision). */
@Revision("1")
public record ResultsTransferredEvent(WorkingGroupId groupId, TransferId transferId, OrganisationId receivingBody, WorkshopSeriesId seriesId, MeetingId meetingId, String summary, List<DecisionId> decisionIds, LocalDate effectiveOn) implements EffectiveDated {
}

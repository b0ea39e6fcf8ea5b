package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import org.verbund.core.kernel.OrganisationId;
import java.time.LocalDate;
import java.util.List;

/** A body received results from a working group. */
@Revision("1")
public record ResultsReceivedEvent(String inboxId, OrganisationId body, String transferId, WorkingGroupId fromGroup, WorkshopSeriesId seriesId, MeetingId meetingId, String summary, List<String> decisionIds, LocalDate effectiveOn) implements EffectiveDated {
}

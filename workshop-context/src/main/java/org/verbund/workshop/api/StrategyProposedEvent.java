package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;
import java.util.List;

/** The meeting proposed a solution strategy. */
@Revision("1")
public record StrategyProposedEvent(MeetingId meetingId, WorkingGroupId groupId, WorkshopSeriesId seriesId, String strategyId, String text, List<String> addressesChallenges, LocalDate effectiveOn) implements EffectiveDated {
}

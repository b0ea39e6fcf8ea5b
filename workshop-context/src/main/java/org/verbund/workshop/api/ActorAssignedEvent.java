package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** An actor and its responsible level were assigned to a strategy. */
@Revision("1")
public record ActorAssignedEvent(MeetingId meetingId, WorkingGroupId groupId, WorkshopSeriesId seriesId, String assignmentId, String strategyId, String actor, ResponsibleLevel level, LocalDate effectiveOn) implements EffectiveDated {
}

package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A meeting was scheduled. */
@Revision("1")
public record MeetingScheduledEvent(MeetingId meetingId, WorkingGroupId groupId, WorkshopSeriesId seriesId, Integer workshopNumber, String title, LocalDateTime startsAt, String place, LocalDate effectiveOn) implements EffectiveDated {
}

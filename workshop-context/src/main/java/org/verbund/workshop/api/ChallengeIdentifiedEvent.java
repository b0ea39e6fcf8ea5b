package org.verbund.workshop.api;

import org.axonframework.serialization.Revision;
import org.verbund.core.kernel.EffectiveDated;
import java.time.LocalDate;

/** The meeting identified a challenge. */
@Revision("1")
public record ChallengeIdentifiedEvent(MeetingId meetingId, WorkingGroupId groupId, WorkshopSeriesId seriesId, String challengeId, String text, LocalDate effectiveOn) implements EffectiveDated {
}
